package org.pactum.domain.user;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;

class PasswordRulesTest {

    private final PasswordRules production = PasswordRules.production();

    @Test
    void production_takes_a_passphrase_of_twelve_characters_or_more() {
        assertDoesNotThrow(() -> production.check("drafter", "Иртыш-Омь-2026".toCharArray(), "newPassword"));
        assertDoesNotThrow(() -> production.check("drafter", "twelve chars".toCharArray(), "newPassword"));
    }

    @Test
    void production_refuses_a_short_password_naming_the_least_length() {
        FieldError error = refused("drafter", "demo");
        assertEquals(Rule.TOO_FEW, error.rule());
        assertEquals("newPassword", error.field());
        assertEquals("12", error.detail());
    }

    @Test
    void production_refuses_a_password_with_the_username_in_it_and_the_common_ones() {
        assertEquals(Rule.WEAK, refused("approver1", "Approver1-2026!").rule());
        assertEquals(Rule.WEAK, refused("drafter", "Password1234").rule());
        assertEquals(Rule.WEAK, refused("drafter", "йцукенгшщзхъ").rule());
    }

    @Test
    void a_blank_or_overlong_password_is_refused_in_every_mode() {
        for (PasswordRules rules : List.of(production, PasswordRules.demo())) {
            assertEquals(Rule.REQUIRED, refused(rules, "drafter", "   ").rule());
            assertEquals(Rule.TOO_LONG, refused(rules, "drafter", "x".repeat(PasswordRules.MAX_LENGTH + 1)).rule());
        }
    }

    @Test
    void demo_mode_keeps_its_demo_password() {
        assertDoesNotThrow(() -> PasswordRules.demo().check("drafter", "demo".toCharArray(), "newPassword"));
    }

    private FieldError refused(String username, String password) {
        return refused(production, username, password);
    }

    private static FieldError refused(PasswordRules rules, String username, String password) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> rules.check(username, password.toCharArray(), "newPassword"));
        assertEquals(1, refused.errors().size(), refused.errors()::toString);
        return refused.errors().getFirst();
    }
}
