package org.pactum.domain.user;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void a_hash_matches_its_password_only() {
        PasswordHash hash = PasswordHash.of("correct horse".toCharArray(), 1_000);
        assertTrue(PasswordHash.parse(hash.encoded()).matches("correct horse".toCharArray()));
        assertFalse(hash.matches("correct hors".toCharArray()));
        assertFalse(hash.matches(new char[0]));
    }

    @Test
    void the_same_password_gets_a_different_salt_each_time() {
        assertNotEquals(PasswordHash.of("demo".toCharArray(), 1_000).encoded(), PasswordHash.of("demo".toCharArray(), 1_000).encoded());
    }

    @Test
    void the_stored_form_names_scheme_and_work_factor() {
        assertTrue(PasswordHash.of("demo".toCharArray()).encoded().startsWith("pbkdf2-sha256$600000$"));
    }

    @Test
    void garbage_is_not_a_hash() {
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse("demo"));
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse(null));
    }

    @Test
    void a_disabled_user_never_authenticates() {
        UserAccount user = new UserAccount("drafter", "Айгерим Жумабаева", PasswordHash.of("demo".toCharArray(), 1_000),
                java.util.Set.of(Role.DRAFTER));
        assertTrue(user.authenticates("demo".toCharArray()));
        user.disable();
        assertFalse(user.authenticates("demo".toCharArray()));
    }
}
