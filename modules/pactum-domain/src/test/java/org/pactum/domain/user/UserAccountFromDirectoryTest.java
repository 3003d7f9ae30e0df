package org.pactum.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Optional;
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
    void pactum_sets_no_password_for_an_account_from_the_directory_which_checks_it() {
        UserAccount dana = UserAccount.fromDirectory("dana", "Дана Ахметова", Set.of(Role.DRAFTER));
        PasswordHash password = PasswordHash.of("temporary".toCharArray());

        ManagedByDirectoryException reset = assertThrows(ManagedByDirectoryException.class,
                () -> dana.setTemporaryPassword(password));
        assertEquals("managed-by-directory", reset.problemType());
        assertThrows(ManagedByDirectoryException.class, () -> dana.changePassword(password));
        assertFalse(dana.authenticates("temporary".toCharArray()));
        assertFalse(dana.mustChangePassword());
    }

    @Test
    void a_password_left_on_a_directory_account_from_before_pactum_refused_one_opens_nothing() throws Exception {
        UserAccount dana = UserAccount.fromDirectory("dana", "Дана Ахметова", Set.of(Role.DRAFTER));
        // As JPA reads a row whose temporary password an administrator set before schema V26 cleared such hashes.
        Field hash = UserAccount.class.getDeclaredField("passwordHash");
        hash.setAccessible(true);
        hash.set(dana, PasswordHash.of("temporary".toCharArray(), 1).encoded());

        assertFalse(dana.authenticates("temporary".toCharArray()));
    }

    @Test
    void an_administrator_may_not_give_an_account_from_the_directory_another_name_or_other_roles() {
        UserAccount dana = UserAccount.fromDirectory("dana", "Дана Ахметова", Set.of(Role.DRAFTER, Role.APPROVER));

        assertThrows(ManagedByDirectoryException.class,
                () -> dana.refuseOtherNameOrRolesIfFromDirectory("Дана", dana.roles()));
        assertThrows(ManagedByDirectoryException.class,
                () -> dana.refuseOtherNameOrRolesIfFromDirectory("Дана Ахметова", Set.of(Role.ADMIN)));
        // The same name and roles, as a form that changes only the address sends them.
        dana.refuseOtherNameOrRolesIfFromDirectory(" Дана Ахметова ", Set.of(Role.APPROVER, Role.DRAFTER));
    }

    @Test
    void a_local_account_gets_any_name_roles_and_password_an_administrator_gives() {
        UserAccount olga = new UserAccount("drafter", "Ольга", PasswordHash.of("demo".toCharArray()), Set.of(Role.DRAFTER));
        olga.refuseOtherNameOrRolesIfFromDirectory("Ольга Петрова", Set.of(Role.ADMIN));
        olga.setTemporaryPassword(PasswordHash.of("temporary".toCharArray()));
        assertTrue(olga.mustChangePassword());
    }

    @Test
    void a_local_account_is_not_from_the_directory() {
        assertFalse(new UserAccount("drafter", "Ольга", PasswordHash.of("demo".toCharArray()), Set.of(Role.DRAFTER))
                .isFromDirectory());
    }

    @Test
    void the_account_says_which_service_keeps_it_and_follows_the_one_the_person_last_signed_in_through() {
        UserAccount dana = UserAccount.fromDirectory("dana", "Дана Ахметова", Set.of(Role.DRAFTER));
        assertEquals(Optional.of(AccountKeeper.DIRECTORY), dana.findKeeper());

        dana.signedInThrough(AccountKeeper.SINGLE_SIGN_ON);
        assertEquals(Optional.of(AccountKeeper.SINGLE_SIGN_ON), dana.findKeeper());

        UserAccount aigerim = UserAccount.keptBy(AccountKeeper.SINGLE_SIGN_ON, "aigerim", "Айгерим", Set.of(Role.SIGNER));
        assertTrue(aigerim.isFromDirectory());
        assertFalse(aigerim.authenticates("".toCharArray()));
        assertEquals(Optional.of(AccountKeeper.SINGLE_SIGN_ON), aigerim.findKeeper());
    }

    @Test
    void no_other_service_may_take_over_one_of_pactums_own_accounts() {
        UserAccount own = new UserAccount("olga", "Ольга", PasswordHash.of("secret".toCharArray(), 1), Set.of(Role.DRAFTER));
        assertEquals(Optional.empty(), own.findKeeper());
        assertThrows(IllegalStateException.class, () -> own.signedInThrough(AccountKeeper.DIRECTORY));
        assertEquals(Optional.empty(), own.findKeeper());
        assertFalse(own.isFromDirectory());
    }
}
