package org.pactum.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pactum.verification.entity.ModificationLevel;

/** Which changes a DocMDP permission (or, for an approval signature, none) allows. */
class RevisionPermissionTest {

    @ParameterizedTest(name = "{0} under P={1}: {2}")
    @CsvSource({
            "NONE, 1, true", "LTA_UPDATES, 1, true", "FORM_FILLING, 1, false", "ANNOTATIONS, 1, false", "OTHER, 1, false",
            "LTA_UPDATES, 2, true", "FORM_FILLING, 2, true", "ANNOTATIONS, 2, false", "OTHER, 2, false",
            "FORM_FILLING, 3, true", "ANNOTATIONS, 3, true", "OTHER, 3, false",
            "FORM_FILLING, 0, true", "ANNOTATIONS, 0, true", "OTHER, 0, false"})
    void a_permission_allows_changes_up_to_its_level_and_page_content_never(ModificationLevel level, int p,
                                                                            boolean allowed) {
        Optional<Integer> permission = p == 0 ? Optional.empty() : Optional.of(p);

        assertEquals(allowed, RevisionAnalysis.allowed(level, permission));
    }
}
