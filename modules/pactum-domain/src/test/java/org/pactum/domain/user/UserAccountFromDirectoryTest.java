package org.pactum.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pactum.domain.error.InvalidInputException;

class UserAccountFromDirectoryTest {

    @Test
    void an_account_from_the_directory_has_no_password_of_its_own_so_no_password_signs_it_in() {
        UserAccount dana = UserAccount.fromDirectory("dana", "Дана Ахметова", Set.of(Role.DRAFTER));
        assertTrue(dana.isFromDirectory());
        assertFalse(dana.authenticates("".toCharArray()));
        assertFalse(dana.authenticates("anything".toCharArray()));
        assertEquals(Set.of(Role.DRAFTER), dana.roles());
        assertFalse(dana.mustChangePassword());
    }

    @Test
    void an_account_from_the_directory_follows_the_same_rules_for_names_and_roles() {
        assertThrows(InvalidInputException.class, () -> UserAccount.fromDirectory("Dana*", "Дана", Set.of(Role.DRAFTER)));
        assertThrows(InvalidInputException.class, () -> UserAccount.fromDirectory("dana", "Дана", Set.of()));
    }

    @Test
    void a_temporary_password_set_on_an_account_from_the_directory_asks_nobody_to_change_it() {
        UserAccount dana = UserAccount.fromDirectory("dana", "Дана Ахметова", Set.of(Role.DRAFTER));
        dana.setTemporaryPassword(PasswordHash.of("temporary".toCharArray()));
        assertFalse(dana.mustChangePassword(), "Pactum could not take the change: the directory keeps the password");
    }

    @Test
    void a_local_account_is_not_from_the_directory() {
        assertFalse(new UserAccount("drafter", "Ольга", PasswordHash.of("demo".toCharArray()), Set.of(Role.DRAFTER))
                .isFromDirectory());
    }
}
