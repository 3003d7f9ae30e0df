package org.pactum.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfSignatureAppearance;
import org.pactum.verification.entity.Modification;
import org.pactum.verification.entity.ModificationLevel;

/**
 * Certification made where ISO 32000 does not allow it: a second certifying signature, a certification after an
 * approval signature, the catalog's /Perms pointed elsewhere or removed, a certification /Perms does not name.
 */
class CertificationTest {

    private static final PdfName PERMS = new PdfName("Perms");

    @Test
    void a_second_certification_widening_the_permission_is_not_allowed_and_named() {
        byte[] twice = CraftedSignatures.sign(RevisionTestFiles.CERTIFIED, "party-2",
                PdfSignatureAppearance.CERTIFIED_FORM_FILLING_AND_ANNOTATIONS, CraftedSignatures.docMdp(3));

        Map<String, Modification> modifications = RevisionAnalysis.analyse(twice);

        Modification first = modifications.get("party-1");
        assertTrue(AttackUpdates.failsTheDocument(first), first.toString());
        assertEquals(ModificationLevel.OTHER, first.level(), "the catalog's /Perms changed: " + first);
        assertTrue(first.reasons().contains("The signature in party-2 certifies the document (DocMDP) though party-1"
                + " was signed before it: only a document's first signature may certify"), first.reasons().toString());
        Modification second = modifications.get("party-2");
        assertFalse(second.allowedByCertification(), second.toString());
        assertEquals("P=2", second.docMdpPermission(), "the first certification's permission still holds");
    }

    @Test
    void a_certification_after_an_approval_signature_is_not_allowed() {
        byte[] late = CraftedSignatures.sign(RevisionTestFiles.approvedByParty1(), "party-2",
                PdfSignatureAppearance.CERTIFIED_FORM_FILLING, CraftedSignatures.docMdp(2));

        Map<String, Modification> modifications = RevisionAnalysis.analyse(late);

        for (Modification modification : modifications.values()) {
            assertFalse(modification.allowedByCertification(), modification.toString());
            assertTrue(modification.reasons().stream().anyMatch(reason -> reason.contains("only a document's first"
                    + " signature may certify")), modification.reasons().toString());
        }
        assertTrue(modifications.get("party-1").changedObjects().stream().anyMatch(object -> object.contains("/Perms")
                && object.contains("made only by a document's first signature")), modifications.toString());
    }

    @Test
    void perms_pointed_at_another_dictionary_after_the_certification_is_not_allowed() {
        byte[] redirected = RevisionTestFiles.append(RevisionTestFiles.CERTIFIED, (reader, stamper) -> {
            PdfDictionary fake = new PdfDictionary(PdfName.SIG);
            CraftedSignatures.docMdp(3).accept(fake);
            PdfDictionary perms = new PdfDictionary();
            perms.put(PdfName.DOCMDP, stamper.getWriter().addToBody(fake).getIndirectReference());
            reader.getCatalog().put(PERMS, perms);
            stamper.markUsed(reader.getCatalog());
        });

        Modification modification = RevisionAnalysis.after(redirected, "party-1");

        assertEquals(ModificationLevel.OTHER, modification.level(), modification.toString());
        assertTrue(modification.reasons().stream().anyMatch(reason -> reason.startsWith("The catalog's /Perms /DocMDP"
                + " points at object") && reason.endsWith("not at party-1's certifying signature")),
                modification.reasons().toString());
    }

    @Test
    void perms_removed_after_the_certification_is_not_allowed() {
        byte[] removed = RevisionTestFiles.append(RevisionTestFiles.CERTIFIED, (reader, stamper) -> {
            reader.getCatalog().remove(PERMS);
            stamper.markUsed(reader.getCatalog());
        });

        Modification modification = RevisionAnalysis.after(removed, "party-1");

        assertEquals(ModificationLevel.OTHER, modification.level(), modification.toString());
        assertTrue(modification.reasons().contains(
                "The catalog's /Perms /DocMDP does not point at party-1's certifying signature"),
                modification.reasons().toString());
    }

    @Test
    void a_certification_the_catalogs_perms_do_not_name_fails_though_nothing_follows_it() {
        byte[] unnamed = CraftedSignatures.sign(RevisionTestFiles.AGREEMENT, "party-2", 0, CraftedSignatures.docMdp(1));

        Modification modification = RevisionAnalysis.after(unnamed, "party-2");

        assertEquals(ModificationLevel.NONE, modification.level());
        assertFalse(modification.allowedByCertification(), modification.toString());
        assertEquals(List.of("The catalog's /Perms /DocMDP does not point at party-2's certifying signature"),
                modification.reasons());
    }

    @Test
    void pactums_own_certification_is_made_as_required() {
        Modification modification = RevisionAnalysis.after(RevisionTestFiles.CERTIFIED, "party-1");

        assertTrue(modification.allowedByCertification(), modification.toString());
        assertEquals(List.of(), modification.reasons());
    }
}
