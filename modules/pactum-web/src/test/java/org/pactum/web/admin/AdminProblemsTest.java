package org.pactum.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The administration forms' fields are named after the paths the domain refuses. */
class AdminProblemsTest {

    @Test
    void a_path_is_the_field_of_its_words_in_one() {
        assertEquals("signatoryNameRu", AdminProblems.fieldId("signatory.name.ru"));
        assertEquals("nameKk", AdminProblems.fieldId("name.kk"));
        assertEquals("displayName", AdminProblems.fieldId("displayName"));
    }
}
