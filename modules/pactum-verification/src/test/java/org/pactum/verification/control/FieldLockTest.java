package org.pactum.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.TextField;
import org.pactum.signing.control.LongTermMaterial;
import org.pactum.signing.control.PadesSigning;
import org.pactum.verification.entity.Modification;
import org.pactum.verification.entity.ModificationLevel;

/**
 * FieldMDP: an agreement with two text fields, {@code amount} and {@code note}, whose party-1 box locks fields (its
 * /Lock, or the signature's FieldMDP reference). Filling a field is form filling, which the P=2 certification allows,
 * but not once a signature has locked it.
 */
class FieldLockTest {

    private static final PdfName LOCK = new PdfName("Lock");

    @Test
    void filling_a_field_the_certifying_signatures_lock_includes_is_not_allowed_and_names_it() {
        byte[] certified = RevisionTestFiles.certify(withFields(CraftedSignatures.lock("Include", "amount")));

        Modification modification = RevisionAnalysis.after(fill(certified, "amount", "9 000 000"), "party-1");

        assertEquals(ModificationLevel.FORM_FILLING, modification.level(), modification.toString());
        assertFalse(modification.allowedByCertification(), modification.toString());
        assertTrue(AttackUpdates.failsTheDocument(modification));
        assertEquals(List.of("Fields locked by party-1's /Lock (/Action /Include [amount]) changed after it: amount"),
                modification.reasons());
    }

    @Test
    void filling_a_field_the_lock_leaves_out_stays_allowed() {
        byte[] certified = RevisionTestFiles.certify(withFields(CraftedSignatures.lock("Include", "amount")));

        Modification modification = RevisionAnalysis.after(fill(certified, "note", "seen"), "party-1");

        assertEquals(ModificationLevel.FORM_FILLING, modification.level(), modification.toString());
        assertTrue(modification.allowedByCertification(), modification.toString());
    }

    @Test
    void a_lock_that_excludes_a_field_locks_every_other_one() {
        byte[] certified = RevisionTestFiles.certify(withFields(CraftedSignatures.lock("Exclude", "note")));

        assertTrue(RevisionAnalysis.after(fill(certified, "note", "seen"), "party-1").allowedByCertification());
        Modification changed = RevisionAnalysis.after(fill(certified, "amount", "1"), "party-1");
        assertFalse(changed.allowedByCertification(), changed.toString());
        assertTrue(changed.reasons().getFirst().endsWith("changed after it: amount"), changed.reasons().toString());
    }

    @Test
    void a_lock_of_all_fields_forbids_even_the_second_partys_signature_and_names_its_field() {
        byte[] certified = RevisionTestFiles.certify(withFields(CraftedSignatures.lock("All")));

        Modification modification = RevisionAnalysis.after(
                RevisionTestFiles.signAsParty2(certified, "party-2", true), "party-1");

        assertFalse(modification.allowedByCertification(), modification.toString());
        assertTrue(modification.reasons().getFirst().contains("(/Action /All)")
                && modification.reasons().getFirst().endsWith(": party-2"), modification.reasons().toString());
    }

    @Test
    void a_fieldmdp_reference_in_the_signature_locks_like_the_fields_own_lock() {
        byte[] approved = CraftedSignatures.sign(withFields(null), "party-2", 0,
                CraftedSignatures.fieldMdp("Include", "amount"));

        Map<String, Modification> modifications = RevisionAnalysis.analyse(fill(approved, "amount", "9 000 000"));

        Modification modification = modifications.get("party-2");
        assertFalse(modification.allowedByCertification(), modification.toString());
        assertEquals(List.of("Fields locked by party-2's FieldMDP reference (/Action /Include [amount]) changed after"
                + " it: amount"), modification.reasons());
    }

    @Test
    void the_security_store_and_a_document_timestamp_are_allowed_after_a_lock_of_all_fields() {
        byte[] certified = RevisionTestFiles.certify(withFields(CraftedSignatures.lock("All")));
        byte[] archived = PadesSigning.extend(certified, new LongTermMaterial(List.of(), List.of(), List.of()),
                Optional.of(RevisionTestFiles.tsa())).pdf();

        Modification modification = RevisionAnalysis.after(archived, "party-1");

        assertEquals(ModificationLevel.LTA_UPDATES, modification.level(), modification.toString());
        assertTrue(modification.allowedByCertification(), modification.toString());
    }

    /** The agreement with the text fields {@code amount} and {@code note}, and {@code lock} on party 1's box. */
    static byte[] withFields(PdfDictionary lock) {
        return RevisionTestFiles.append(RevisionTestFiles.AGREEMENT, (reader, stamper) -> {
            addText(stamper, "amount", "1 000 000", new Rectangle(60, 120, 260, 140));
            addText(stamper, "note", "", new Rectangle(300, 120, 500, 140));
            if (lock != null) {
                PdfDictionary box = AttackUpdates.field(reader, "party-1");
                box.put(LOCK, stamper.getWriter().addToBody(lock).getIndirectReference());
                stamper.markUsed(box);
            }
        });
    }

    private static void addText(PdfStamper stamper, String name, String value, Rectangle box) throws Exception {
        TextField field = new TextField(stamper.getWriter(), box, name);
        field.setText(value);
        stamper.addAnnotation(field.getTextField(), 1);
    }

    static byte[] fill(byte[] pdf, String field, String value) {
        return RevisionTestFiles.append(pdf, (reader, stamper) -> stamper.getAcroFields().setField(field, value));
    }
}
