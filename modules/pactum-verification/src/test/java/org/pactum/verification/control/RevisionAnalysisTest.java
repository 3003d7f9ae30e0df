package org.pactum.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfTemplate;
import org.junit.jupiter.api.Test;
import org.pactum.verification.entity.Modification;
import org.pactum.verification.entity.ModificationLevel;

/** What later revisions changed after each signature, on files signed by Pactum and on attacks appended to them. */
class RevisionAnalysisTest {

    @Test
    void the_last_signature_covers_the_whole_file_so_nothing_changed_after_it() {
        Modification modification = RevisionAnalysis.after(RevisionTestFiles.SIGNED_BY_BOTH, "party-2");

        assertEquals(ModificationLevel.NONE, modification.level(), modification.toString());
        assertEquals(List.of(), modification.changedObjects());
        assertTrue(modification.allowedByCertification());
        assertEquals("P=2", modification.docMdpPermission());
    }

    @Test
    void the_second_partys_signature_is_form_filling_which_the_first_partys_certification_allows() {
        Map<String, Modification> modifications = RevisionAnalysis.analyse(RevisionTestFiles.SIGNED_BY_BOTH);

        assertEquals(List.of("party-1", "party-2"), List.copyOf(modifications.keySet()));
        Modification first = modifications.get("party-1");
        assertEquals(ModificationLevel.FORM_FILLING, first.level(), first.toString());
        assertTrue(first.allowedByCertification(), first.toString());
        assertEquals("P=2", first.docMdpPermission());
    }

    @Test
    void a_security_store_and_a_document_timestamp_are_lta_updates() {
        Map<String, Modification> modifications = RevisionAnalysis.analyse(RevisionTestFiles.extended());

        Modification first = modifications.get("party-1");
        assertEquals(ModificationLevel.LTA_UPDATES, first.level(), first.toString());
        assertTrue(first.allowedByCertification(), first.toString());
        assertTrue(first.changedObjects().stream().anyMatch(object -> object.contains("/DSS")), first.toString());
    }

    @Test
    void text_drawn_over_a_signed_page_changes_its_content_which_nothing_allows() throws Exception {
        byte[] attacked = RevisionTestFiles.append(RevisionTestFiles.CERTIFIED, (reader, stamper) -> {
            PdfContentByte over = stamper.getOverContent(1);
            over.beginText();
            over.setFontAndSize(BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, false), 14);
            over.showTextAligned(PdfContentByte.ALIGN_LEFT, "Amount: 9 000 000", 100, 500, 0);
            over.endText();
        });

        Modification modification = RevisionAnalysis.after(attacked, "party-1");

        assertEquals(ModificationLevel.OTHER, modification.level(), modification.toString());
        assertFalse(modification.allowedByCertification());
        assertEquals(List.of(1), modification.changedPages(), modification.toString());
        assertTrue(modification.changedObjects().stream().anyMatch(object -> object.contains("(Page 1")),
                modification.toString());
    }

    @Test
    void an_annotation_added_is_an_annotation_change_which_form_filling_certification_forbids() {
        byte[] attacked = RevisionTestFiles.append(RevisionTestFiles.CERTIFIED, (reader, stamper) -> {
            PdfAnnotation note = PdfAnnotation.createFreeText(stamper.getWriter(), new Rectangle(40, 40, 240, 70),
                    "Valid until 2027 only", new PdfContentByte(stamper.getWriter()));
            stamper.addAnnotation(note, 1);
        });

        Modification modification = RevisionAnalysis.after(attacked, "party-1");

        assertEquals(ModificationLevel.ANNOTATIONS, modification.level(), modification.toString());
        assertFalse(modification.allowedByCertification(), "P=2 allows form filling only");
        assertTrue(modification.changedPages().contains(1), modification.toString());
    }

    @Test
    void replacing_a_signed_fields_appearance_is_not_allowed() {
        byte[] attacked = RevisionTestFiles.append(RevisionTestFiles.CERTIFIED, (reader, stamper) -> {
            PdfDictionary widget = widget(reader, "party-1");
            PdfTemplate fake = PdfTemplate.createTemplate(stamper.getWriter(), 200, 80);
            fake.setColorFill(Color.RED);
            fake.rectangle(0, 0, 200, 80);
            fake.fill();
            PdfDictionary appearance = new PdfDictionary();
            appearance.put(PdfName.N, fake.getIndirectReference());
            widget.put(PdfName.AP, appearance);
            stamper.markUsed(widget);
        });

        Modification modification = RevisionAnalysis.after(attacked, "party-1");

        assertEquals(ModificationLevel.OTHER, modification.level(), modification.toString());
        assertFalse(modification.allowedByCertification());
        assertTrue(modification.changedObjects().stream().anyMatch(object -> object.contains("signature field party-1")),
                modification.toString());
    }

    @Test
    void redefining_a_signed_fields_appearance_stream_in_place_is_not_allowed() {
        byte[] attacked = RevisionTestFiles.append(RevisionTestFiles.CERTIFIED, (reader, stamper) -> {
            PdfDictionary appearance = widget(reader, "party-1").getAsDict(PdfName.AP);
            PRStream normal = (PRStream) PdfReader.getPdfObject(appearance.get(PdfName.N));
            normal.setData("0 0 0 rg 0 0 10 10 re f".getBytes(StandardCharsets.US_ASCII));
            stamper.markUsed(normal);
        });

        Modification modification = RevisionAnalysis.after(attacked, "party-1");

        assertEquals(ModificationLevel.OTHER, modification.level(), modification.toString());
        assertFalse(modification.allowedByCertification());
        assertTrue(modification.changedObjects().stream()
                .anyMatch(object -> object.contains("(appearance of signature field party-1): changed")),
                modification.toString());
    }

    @Test
    void redefining_a_page_content_stream_the_signature_covered_is_a_shadow_attack() {
        byte[] attacked = RevisionTestFiles.append(RevisionTestFiles.CERTIFIED, (reader, stamper) -> {
            PRStream stream = firstContentStream(reader);
            stream.setData(new byte[0]);
            stamper.markUsed(stream);
        });

        Modification modification = RevisionAnalysis.after(attacked, "party-1");

        assertEquals(ModificationLevel.OTHER, modification.level(), modification.toString());
        assertFalse(modification.allowedByCertification());
        assertEquals(List.of(1), modification.changedPages(), modification.toString());
        assertTrue(modification.changedObjects().stream().anyMatch(object -> object.contains("(Page 1 /Contents)")),
                modification.toString());
    }

    @Test
    void a_stamp_laid_over_a_signed_fields_box_overlays_what_was_signed() {
        byte[] attacked = RevisionTestFiles.append(RevisionTestFiles.CERTIFIED, (reader, stamper) -> {
            PdfArray box = widget(reader, "party-1").getAsArray(PdfName.RECT);
            Rectangle over = new Rectangle(box.getAsNumber(0).floatValue(), box.getAsNumber(1).floatValue(),
                    box.getAsNumber(2).floatValue(), box.getAsNumber(3).floatValue());
            PdfAnnotation stamp = PdfAnnotation.createText(stamper.getWriter(), over, "Void", "Revoked", true, "Note");
            stamp.put(PdfName.SUBTYPE, PdfName.STAMP);
            stamper.addAnnotation(stamp, pageOf(reader, "party-1"));
        });

        Modification modification = RevisionAnalysis.after(attacked, "party-1");

        assertEquals(ModificationLevel.OTHER, modification.level(), modification.toString());
        assertFalse(modification.allowedByCertification());
        assertTrue(modification.changedObjects().stream()
                .anyMatch(object -> object.contains("Stamp annotation): added (over a signed field)")),
                modification.toString());
    }

    @Test
    void javascript_added_to_the_document_is_not_allowed() {
        byte[] attacked = RevisionTestFiles.append(RevisionTestFiles.CERTIFIED,
                (reader, stamper) -> stamper.addJavaScript("app.alert('This agreement is void');"));

        Modification modification = RevisionAnalysis.after(attacked, "party-1");

        assertEquals(ModificationLevel.OTHER, modification.level(), modification.toString());
        assertFalse(modification.allowedByCertification());
    }

    @Test
    void an_approval_signature_followed_by_an_annotation_allows_it() {
        byte[] approved = RevisionTestFiles.signedByParty2Only();
        byte[] annotated = RevisionTestFiles.append(approved, (reader, stamper) -> stamper.addAnnotation(
                PdfAnnotation.createFreeText(stamper.getWriter(), new Rectangle(40, 40, 240, 70), "Seen",
                        new PdfContentByte(stamper.getWriter())), 1));

        Modification modification = RevisionAnalysis.after(annotated, "party-2");

        assertEquals(ModificationLevel.ANNOTATIONS, modification.level(), modification.toString());
        assertTrue(modification.allowedByCertification(), modification.toString());
        assertEquals("none", modification.docMdpPermission());
    }

    @Test
    void an_unsigned_agreement_has_no_signature_to_report_on() {
        assertEquals(Map.of(), RevisionAnalysis.analyse(RevisionTestFiles.AGREEMENT));
    }

    @Test
    void bytes_that_are_no_pdf_are_refused_as_an_argument() {
        assertThrows(IllegalArgumentException.class,
                () -> RevisionAnalysis.analyse("%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII)));
        assertThrows(IllegalArgumentException.class,
                () -> RevisionAnalysis.after(RevisionTestFiles.CERTIFIED, "party-2"));
    }

    @Test
    void every_revision_ends_at_its_end_of_file_marker_and_the_signatures_byte_ranges_end_there() {
        List<Long> ends = Revisions.ends(RevisionTestFiles.SIGNED_BY_BOTH);

        assertEquals(3, ends.size(), ends.toString());
        assertEquals(RevisionTestFiles.AGREEMENT.length, ends.get(0));
        assertEquals(RevisionTestFiles.CERTIFIED.length, ends.get(1));
        assertEquals(RevisionTestFiles.SIGNED_BY_BOTH.length, ends.get(2));
    }

    @Test
    void a_redefined_page_content_stream_disguised_as_a_cross_reference_stream_is_still_seen() {
        byte[] attacked = RevisionTestFiles.append(RevisionTestFiles.CERTIFIED, (reader, stamper) -> {
            PRStream stream = firstContentStream(reader);
            stream.setData(new byte[0]);
            stream.put(PdfName.TYPE, PdfName.XREF);
            stamper.markUsed(stream);
        });

        Modification modification = RevisionAnalysis.after(attacked, "party-1");

        assertEquals(ModificationLevel.OTHER, modification.level(), modification.toString());
        assertEquals(List.of(1), modification.changedPages(), modification.toString());
    }

    private static PRStream firstContentStream(PdfReader reader) {
        PdfObject contents = PdfReader.getPdfObject(reader.getPageN(1).get(PdfName.CONTENTS));
        return (PRStream) (contents instanceof PdfArray array ? PdfReader.getPdfObject(array.getPdfObject(0)) : contents);
    }

    private static int pageOf(PdfReader reader, String field) {
        PdfObject widget = PdfReader.getPdfObject(widget(reader, "party-1"));
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PdfArray annotations = reader.getPageN(page).getAsArray(PdfName.ANNOTS);
            if (annotations != null && annotations.getElements().stream()
                    .anyMatch(annotation -> PdfReader.getPdfObject(annotation) == widget)) {
                return page;
            }
        }
        throw new IllegalArgumentException("no widget of " + field);
    }

    private static PdfDictionary widget(PdfReader reader, String field) {
        PdfArray fields = reader.getCatalog().getAsDict(PdfName.ACROFORM).getAsArray(PdfName.FIELDS);
        for (PdfObject element : fields.getElements()) {
            PdfDictionary dictionary = (PdfDictionary) PdfReader.getPdfObject(element);
            PdfString title = dictionary.getAsString(PdfName.T);
            if (title != null && field.equals(title.toUnicodeString())) {
                return dictionary;
            }
        }
        throw new IllegalArgumentException("no field " + field);
    }
}
