package org.pactum.domain.user;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class UserAccountTemporaryPasswordTest {

    private final UserAccount account = new UserAccount("signer3", "Арман Сеитов",
            PasswordHash.of("first password".toCharArray()), Set.of(Role.SIGNER));

    @Test
    void a_new_account_needs_no_password_change_unless_its_creator_says_so() {
        assertFalse(account.mustChangePassword());

        account.requirePasswordChange();
        assertTrue(account.mustChangePassword());
    }

    @Test
    void a_temporary_password_signs_in_and_must_be_changed() {
        account.setTemporaryPassword(PasswordHash.of("temporary one".toCharArray()));

        assertTrue(account.authenticates("temporary one".toCharArray()));
        assertFalse(account.authenticates("first password".toCharArray()));
        assertTrue(account.mustChangePassword());
    }

    @Test
    void the_persons_own_new_password_ends_the_requirement() {
        account.setTemporaryPassword(PasswordHash.of("temporary one".toCharArray()));

        account.changePassword(PasswordHash.of("my own password".toCharArray()));

        assertFalse(account.mustChangePassword());
        assertTrue(account.authenticates("my own password".toCharArray()));
    }
}
