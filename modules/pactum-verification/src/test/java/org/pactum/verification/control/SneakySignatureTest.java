package org.pactum.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfAppearance;
import org.openpdf.text.pdf.PdfFormField;
import org.openpdf.text.pdf.PdfStamper;
import org.pactum.signing.control.LongTermMaterial;
import org.pactum.signing.control.PadesSigning;
import org.pactum.verification.entity.Modification;
import org.pactum.verification.entity.ModificationLevel;

/**
 * Sneaky signature attacks (SSA) on the agreement party 1 certified with P=2: a signature field added afterwards
 * whose widget draws over the page, signed or not, is no form filling; party 2 signing its reserved box, an
 * invisible signature and the long-term updates still are.
 */
class SneakySignatureTest {

    /** Over the agreement's first page text, where the parties and the subject are. */
    private static final Rectangle OVER_THE_TEXT = new Rectangle(60, 560, 540, 700);

    @Test
    void a_new_signature_field_drawn_over_the_page_text_is_not_allowed_by_the_certification() {
        byte[] attacked = RevisionTestFiles.append(RevisionTestFiles.CERTIFIED,
                (reader, stamper) -> addSignatureField(stamper, "sneaky", "Amount: 9 000 000 RUB"));

        Modification modification = RevisionAnalysis.after(attacked, "party-1");

        assertEquals(ModificationLevel.ANNOTATIONS, modification.level(), modification.toString());
        assertFalse(modification.allowedByCertification(), modification.toString());
        assertTrue(AttackUpdates.failsTheDocument(modification));
        assertTrue(modification.changedObjects().stream().anyMatch(object -> object.contains("signature field sneaky")
                && object.contains("a new signature field shown on the page")), modification.toString());
        assertTrue(modification.reasons().stream().anyMatch(reason -> reason.contains("P=2")
                && reason.contains("signature field sneaky")), modification.reasons().toString());
        assertEquals(List.of(1), modification.changedPages());
    }

    @Test
    void party_2_signing_a_box_of_its_own_making_over_the_text_instead_of_its_reserved_one_is_not_allowed() {
        byte[] withBox = RevisionTestFiles.append(RevisionTestFiles.CERTIFIED,
                (reader, stamper) -> addSignatureField(stamper, "party-2-bis", ""));
        byte[] signed = RevisionTestFiles.signAsParty2(withBox, "party-2-bis", true);

        Map<String, Modification> modifications = RevisionAnalysis.analyse(signed);

        Modification first = modifications.get("party-1");
        assertEquals(ModificationLevel.ANNOTATIONS, first.level(), first.toString());
        assertFalse(first.allowedByCertification(), first.toString());
        assertTrue(first.reasons().stream().anyMatch(reason -> reason.contains("party-2-bis")), first.toString());
        assertEquals(ModificationLevel.NONE, modifications.get("party-2-bis").level());
    }

    @Test
    void party_2_signing_its_reserved_box_is_form_filling_the_certification_allows() {
        Modification modification = RevisionAnalysis.after(RevisionTestFiles.SIGNED_BY_BOTH, "party-1");

        assertEquals(ModificationLevel.FORM_FILLING, modification.level(), modification.toString());
        assertTrue(modification.allowedByCertification(), modification.toString());
        assertEquals(List.of(), modification.reasons());
    }

    @Test
    void an_invisible_signature_in_a_new_field_is_signing_which_the_certification_allows() {
        byte[] signed = RevisionTestFiles.signAsParty2(RevisionTestFiles.CERTIFIED, "party-2-invisible", false);

        Modification modification = RevisionAnalysis.after(signed, "party-1");

        assertEquals(ModificationLevel.FORM_FILLING, modification.level(), modification.toString());
        assertTrue(modification.allowedByCertification(), modification.toString());
    }

    @Test
    void both_signatures_then_the_security_store_and_a_document_timestamp_stay_allowed() {
        byte[] archived = PadesSigning.extend(RevisionTestFiles.SIGNED_BY_BOTH,
                new LongTermMaterial(List.of(), List.of(), List.of()), Optional.of(RevisionTestFiles.tsa())).pdf();

        Map<String, Modification> modifications = RevisionAnalysis.analyse(archived);

        assertEquals(ModificationLevel.FORM_FILLING, modifications.get("party-1").level());
        assertEquals(ModificationLevel.LTA_UPDATES, modifications.get("party-2").level(),
                modifications.get("party-2").toString());
        modifications.values().forEach(modification -> assertFalse(AttackUpdates.failsTheDocument(modification),
                modification.toString()));
    }

    /** A signature field on page 1 over the text, its widget drawing {@code text} on white (nothing when empty). */
    static void addSignatureField(PdfStamper stamper, String name, String text) throws Exception {
        PdfFormField field = PdfFormField.createSignature(stamper.getWriter());
        field.setFieldName(name);
        field.setWidget(OVER_THE_TEXT, PdfAnnotation.HIGHLIGHT_NONE);
        field.setFlags(PdfAnnotation.FLAGS_PRINT);
        field.setPage(1);
        if (!text.isEmpty()) {
            PdfAppearance appearance = PdfAppearance.createAppearance(stamper.getWriter(), OVER_THE_TEXT.getWidth(),
                    OVER_THE_TEXT.getHeight());
            appearance.setColorFill(Color.WHITE);
            appearance.rectangle(0, 0, OVER_THE_TEXT.getWidth(), OVER_THE_TEXT.getHeight());
            appearance.fill();
            appearance.beginText();
            appearance.setColorFill(Color.BLACK);
            appearance.setFontAndSize(BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, false), 14);
            appearance.showTextAligned(PdfAppearance.ALIGN_LEFT, text, 10, 60, 0);
            appearance.endText();
            field.setAppearance(PdfAnnotation.APPEARANCE_NORMAL, appearance);
        }
        stamper.addAnnotation(field, 1);
    }
}
