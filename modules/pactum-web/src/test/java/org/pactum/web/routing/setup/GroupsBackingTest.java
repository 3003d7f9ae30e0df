package org.pactum.web.routing.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.pactum.web.forms.FieldPath;

/** A refused name stands beside the field of its language, a missing one beside the first. */
class GroupsBackingTest {

    @Test
    void a_name_refused_in_kazakh_is_beside_the_kazakh_field_and_no_name_at_all_beside_the_russian() {
        assertEquals("nameKk", GroupsBacking.nameField(FieldPath.parse("name.kk")));
        assertEquals("nameRu", GroupsBacking.nameField(FieldPath.parse("name")));
    }
}
