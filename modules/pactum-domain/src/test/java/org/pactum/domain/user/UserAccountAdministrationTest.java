package org.pactum.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pactum.domain.error.InvalidInputException;

class UserAccountAdministrationTest {

    private final UserAccount account = new UserAccount("signer3", "Арман Сеитов",
            PasswordHash.of("first password".toCharArray()), Set.of(Role.SIGNER));

    @Test
    void a_deactivated_account_does_not_authenticate_until_reactivated() {
        account.disable();
        assertFalse(account.authenticates("first password".toCharArray()));

        account.enable();
        assertTrue(account.authenticates("first password".toCharArray()));
    }

    @Test
    void roles_are_replaced_and_never_left_empty() {
        account.changeRoles(Set.of(Role.SIGNER, Role.APPROVER));
        assertEquals(Set.of(Role.SIGNER, Role.APPROVER), account.roles());

        assertThrows(InvalidInputException.class, () -> account.changeRoles(Set.of()));
        assertEquals(Set.of(Role.SIGNER, Role.APPROVER), account.roles());
    }

    @Test
    void a_new_name_is_stripped_and_a_blank_one_refused() {
        account.rename("  Арман Сейітов ");
        assertEquals("Арман Сейітов", account.displayName());

        assertThrows(InvalidInputException.class, () -> account.rename(" "));
        assertEquals("Арман Сейітов", account.displayName());
    }
}
