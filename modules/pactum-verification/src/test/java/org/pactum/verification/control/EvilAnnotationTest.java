package org.pactum.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.TextField;
import org.pactum.verification.entity.Modification;
import org.pactum.verification.entity.ModificationLevel;

/**
 * Evil annotation attacks (EAA): FreeText, Stamp and Widget annotations added over the text of a certified agreement.
 * P=1 and P=2 allow none of them; P=3 allows annotations, as ISO 32000 says, but never over a signed field.
 */
class EvilAnnotationTest {

    private static final Rectangle OVER_THE_TEXT = new Rectangle(60, 600, 540, 640);

    @Test
    void a_stamp_over_the_text_of_a_p2_certified_agreement_is_not_allowed() {
        Modification modification = RevisionAnalysis.after(stamp(RevisionTestFiles.CERTIFIED), "party-1");

        assertEquals(ModificationLevel.ANNOTATIONS, modification.level(), modification.toString());
        assertTrue(AttackUpdates.failsTheDocument(modification));
        assertTrue(modification.reasons().getFirst().contains("Stamp annotation): added"), modification.toString());
    }

    @Test
    void a_new_text_field_widget_over_the_text_of_a_p2_certified_agreement_is_not_allowed() {
        byte[] attacked = RevisionTestFiles.append(RevisionTestFiles.CERTIFIED, (reader, stamper) -> {
            TextField field = new TextField(stamper.getWriter(), OVER_THE_TEXT, "amount");
            field.setText("Amount: 9 000 000 RUB");
            stamper.addAnnotation(field.getTextField(), 1);
        });

        Modification modification = RevisionAnalysis.after(attacked, "party-1");

        assertEquals(ModificationLevel.ANNOTATIONS, modification.level(), modification.toString());
        assertTrue(AttackUpdates.failsTheDocument(modification));
        assertTrue(modification.changedObjects().stream().anyMatch(object -> object.contains("(field amount): added"
                + " (a form field added)")), modification.toString());
    }

    @Test
    void a_free_text_note_on_a_p1_certified_agreement_is_not_allowed() {
        Modification modification = RevisionAnalysis.after(freeText(certifiedWith(1)), "party-2");

        assertEquals("P=1", modification.docMdpPermission());
        assertEquals(ModificationLevel.ANNOTATIONS, modification.level(), modification.toString());
        assertTrue(AttackUpdates.failsTheDocument(modification));
        assertTrue(modification.reasons().getFirst().contains("P=1"), modification.reasons().toString());
    }

    @Test
    void even_a_signature_in_a_reserved_box_is_not_allowed_after_a_p1_certification() {
        byte[] signed = RevisionTestFiles.signAsParty2(certifiedWith(1), "party-1", true);

        Modification modification = RevisionAnalysis.after(signed, "party-2");

        assertEquals(ModificationLevel.FORM_FILLING, modification.level(), modification.toString());
        assertFalse(modification.allowedByCertification(), modification.toString());
    }

    @Test
    void a_free_text_note_on_a_p3_certified_agreement_is_allowed_as_iso_32000_says() {
        Modification modification = RevisionAnalysis.after(freeText(certifiedWith(3)), "party-2");

        assertEquals(ModificationLevel.ANNOTATIONS, modification.level(), modification.toString());
        assertTrue(modification.allowedByCertification(), modification.toString());
    }

    /** Party 2's box certifying the agreement with DocMDP P={@code p} (OpenPDF's level p), /Perms pointing at it. */
    static byte[] certifiedWith(int p) {
        return CraftedSignatures.sign(RevisionTestFiles.AGREEMENT, "party-2", p, CraftedSignatures.docMdp(p));
    }

    static byte[] freeText(byte[] pdf) {
        return RevisionTestFiles.append(pdf, (reader, stamper) -> stamper.addAnnotation(PdfAnnotation.createFreeText(
                stamper.getWriter(), OVER_THE_TEXT, "Amount: 9 000 000 RUB", new PdfContentByte(stamper.getWriter())),
                1));
    }

    static byte[] stamp(byte[] pdf) {
        return RevisionTestFiles.append(pdf, (reader, stamper) -> addStamp(stamper));
    }

    private static void addStamp(PdfStamper stamper) {
        PdfAnnotation stamp = PdfAnnotation.createText(stamper.getWriter(), OVER_THE_TEXT, "Void", "Void", true, null);
        stamp.put(PdfName.SUBTYPE, PdfName.STAMP);
        stamper.addAnnotation(stamp, 1);
    }
}
