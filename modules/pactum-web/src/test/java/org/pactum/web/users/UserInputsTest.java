package org.pactum.web.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.language.Language;
import org.pactum.domain.user.Role;

class UserInputsTest {

    @Test
    void roles_are_read_by_their_names_and_a_repeat_counts_once() {
        assertEquals(Set.of(Role.SIGNER, Role.APPROVER), UserInputs.roles(List.of("SIGNER", "APPROVER", "SIGNER")));
    }

    @Test
    void a_role_that_is_none_is_refused_by_its_place_in_the_list() {
        var refused = assertThrows(InvalidInputException.class, () -> UserInputs.roles(List.of("SIGNER", "signer", "ROOT")));

        assertEquals(List.of("roles[1]", "roles[2]"), refused.errors().stream().map(error -> error.field()).toList());
        assertEquals(Rule.UNKNOWN, refused.errors().getFirst().rule());
    }

    @Test
    void no_language_means_the_installations_and_an_unknown_one_is_refused() {
        assertNull(UserInputs.language(" "));
        assertEquals(Language.KK, UserInputs.language("kk"));
        assertThrows(InvalidInputException.class, () -> UserInputs.language("de"));
    }
}
