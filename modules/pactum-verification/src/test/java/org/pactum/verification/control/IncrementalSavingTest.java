package org.pactum.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.pactum.verification.entity.Modification;
import org.pactum.verification.entity.ModificationLevel;
import org.pactum.verification.entity.SignatureReport;

/**
 * Incremental saving attacks (ISA) that a parser following the cross-references does not see: objects appended after
 * the signed revision without a cross-reference section or trailer, which a reader that repairs the file shows. (An
 * update with its own cross-references is the revision analysis' ordinary case: see {@link RevisionAnalysisTest}.)
 */
class IncrementalSavingTest {

    /** Page 1's content redefined, as a repairing reader would take it (the last definition wins). */
    static final String REDEFINED_CONTENT = "\n8 0 obj\n<</Length 49>>stream\n"
            + "BT /F1 14 Tf 100 500 Td (Amount: 9 000 000) Tj ET\nendstream\nendobj\n";

    @Test
    void objects_appended_without_cross_references_or_trailer_are_not_allowed() {
        byte[] attacked = AttackUpdates.appendRaw(RevisionTestFiles.CERTIFIED, REDEFINED_CONTENT);

        Modification modification = RevisionAnalysis.after(attacked, "party-1");

        assertEquals(ModificationLevel.OTHER, modification.level(), modification.toString());
        assertTrue(AttackUpdates.failsTheDocument(modification));
        assertTrue(modification.reasons().getFirst().contains("bytes after the last %%EOF"),
                modification.reasons().toString());
        SignatureReport report = SignatureVerifier.verify(attacked, RevisionTestFiles.trust(), Instant.now())
                .getFirst();
        assertFalse(report.coversWholeDocument());
    }

    @Test
    void an_update_with_an_end_of_file_marker_but_no_cross_references_of_its_own_is_not_allowed() {
        byte[] attacked = AttackUpdates.appendRaw(RevisionTestFiles.CERTIFIED, REDEFINED_CONTENT + "%%EOF\n");

        Modification modification = RevisionAnalysis.after(attacked, "party-1");

        assertEquals(ModificationLevel.OTHER, modification.level(), modification.toString());
        assertTrue(modification.reasons().getFirst().contains("has no cross-reference section of its own"),
                modification.reasons().toString());
    }

    @Test
    void blank_lines_after_the_last_end_of_file_marker_are_no_update() {
        Modification modification = RevisionAnalysis.after(
                AttackUpdates.appendRaw(RevisionTestFiles.SIGNED_BY_BOTH, "\r\n\n  \n"), "party-1");

        assertEquals(ModificationLevel.FORM_FILLING, modification.level(), modification.toString());
        assertTrue(modification.allowedByCertification(), modification.toString());
    }
}
