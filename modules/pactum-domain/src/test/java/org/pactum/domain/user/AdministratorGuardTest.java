package org.pactum.domain.user;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;

class AdministratorGuardTest {

    private static final PasswordHash PASSWORD = PasswordHash.of("demo".toCharArray());

    private final UserAccount admin = new UserAccount("admin", "Администратор", PASSWORD, Set.of(Role.ADMIN));
    private final UserAccount deputy = new UserAccount("deputy", "Заместитель", PASSWORD, Set.of(Role.ADMIN, Role.AUDITOR));
    private final UserAccount drafter = new UserAccount("drafter", "Составитель", PASSWORD, Set.of(Role.DRAFTER));

    @Test
    void an_administrator_cannot_deactivate_themselves() {
        var refused = assertThrows(InvalidInputException.class,
                () -> AdministratorGuard.mayDeactivate("admin", admin, List.of(admin, deputy, drafter)));
        assertEquals("active", refused.errors().getFirst().field());
        assertEquals(Rule.WRONG_STATE, refused.errors().getFirst().rule());
    }

    @Test
    void another_administrator_may_be_deactivated_while_one_is_left() {
        assertDoesNotThrow(() -> AdministratorGuard.mayDeactivate("admin", deputy, List.of(admin, deputy, drafter)));
        assertDoesNotThrow(() -> AdministratorGuard.mayDeactivate("admin", drafter, List.of(admin, drafter)));
    }

    @Test
    void the_last_active_administrator_can_be_neither_deactivated_nor_stripped_of_admin() {
        deputy.disable();
        List<UserAccount> all = List.of(admin, deputy, drafter);

        assertThrows(InvalidInputException.class, () -> AdministratorGuard.mayDeactivate("system", admin, all));
        var refused = assertThrows(InvalidInputException.class,
                () -> AdministratorGuard.mayChangeRoles("system", admin, Set.of(Role.AUDITOR), all));
        assertEquals("roles", refused.errors().getFirst().field());
    }

    @Test
    void an_administrator_keeps_their_own_admin_role_but_may_add_others() {
        List<UserAccount> all = List.of(admin, deputy);

        assertThrows(InvalidInputException.class,
                () -> AdministratorGuard.mayChangeRoles("admin", admin, Set.of(Role.DRAFTER), all));
        assertDoesNotThrow(() -> AdministratorGuard.mayChangeRoles("admin", admin, Set.of(Role.ADMIN, Role.DRAFTER), all));
        assertDoesNotThrow(() -> AdministratorGuard.mayChangeRoles("admin", deputy, Set.of(Role.AUDITOR), all));
    }
}
