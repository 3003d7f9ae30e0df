package org.pactum.web.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A refused field is marked and described by its message, and the answer lands on the first refused one. */
class MarkedFieldsTest {

    private final MarkedFields form = new MarkedFields("newUser", "create", List.of("username", "displayName", "password"),
            Set.of("roles")).alsoFor("login", "username");

    @Test
    void a_refused_field_is_invalid_described_by_its_message_before_its_hints_and_landed_on() {
        assertEquals("newUser:username", form.mark("username"));

        assertEquals("true", form.invalid("username"));
        assertEquals("newUser:usernameProblem newUser:usernameHint", form.describedBy("username", "newUser:usernameHint"));
        assertEquals("autofocus", form.autofocus("username"));
        assertNull(form.invalid("password"));
        assertEquals("newUser:passwordHint", form.describedBy("password", "newUser:passwordHint"));
        assertNull(form.describedBy("displayName", null));
        assertNull(form.autofocus("create"));
    }

    @Test
    void the_answer_lands_on_the_highest_refused_field_whatever_order_they_were_refused_in() {
        form.mark("password");
        form.mark("displayName");

        assertEquals("autofocus", form.autofocus("displayName"));
        assertNull(form.autofocus("password"));
    }

    @Test
    void a_refusal_of_no_field_of_the_form_and_of_a_group_of_choices_stand_by_the_button_which_is_landed_on() {
        assertEquals("newUser:create", form.mark("somethingElse"));
        assertEquals("newUser:create", form.mark(null), "a problem the domain names no field for");
        assertEquals("newUser:roles", form.mark("roles"));

        assertNull(form.invalid("create"), "a button is not invalid");
        assertNull(form.invalid("roles"), "one aria-invalid cannot mark a group of checkboxes");
        assertEquals("newUser:createProblem", form.describedBy("create", null));
        assertEquals("autofocus", form.autofocus("create"));
    }

    @Test
    void the_summary_links_to_what_was_refused_as_the_form_lays_it_out_fields_then_choices_then_the_button() {
        form.mark("somethingElse");
        form.mark("roles");
        form.mark("password");
        form.mark("username");

        assertEquals(List.of("newUser:username", "newUser:password", "newUser:roles", "newUser:create"), form.refusedIds());
    }

    @Test
    void a_refusal_naming_the_field_otherwise_stands_beside_it_and_clear_forgets_them_all() {
        assertEquals("newUser:username", form.mark("login"));

        form.clear();

        assertNull(form.invalid("username"));
        assertNull(form.autofocus("username"));
        assertNull(form.autofocus("create"));
    }
}
