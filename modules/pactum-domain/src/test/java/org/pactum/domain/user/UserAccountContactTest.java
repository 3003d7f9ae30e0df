package org.pactum.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.language.Language;

class UserAccountContactTest {

    private final UserAccount account = new UserAccount("approver1", "Игорь Лебедев",
            PasswordHash.of("demo".toCharArray()), Set.of(Role.APPROVER));

    @Test
    void a_new_account_has_no_address_and_no_language_of_its_own() {
        assertEquals(Optional.empty(), account.findEmail());
        assertEquals(Optional.empty(), account.findLanguage());
    }

    @Test
    void an_address_is_kept_stripped_with_the_language() {
        account.changeContact("  approver1@pactum.example ", Language.KK);

        assertEquals(Optional.of("approver1@pactum.example"), account.findEmail());
        assertEquals(Optional.of(Language.KK), account.findLanguage());
    }

    @Test
    void a_blank_address_removes_it() {
        account.changeContact("approver1@pactum.example", Language.EN);
        account.changeContact(" ", null);

        assertEquals(Optional.empty(), account.findEmail());
        assertEquals(Optional.empty(), account.findLanguage());
    }

    @Test
    void what_is_no_address_is_refused_and_changes_nothing() {
        account.changeContact("approver1@pactum.example", Language.RU);

        for (String wrong : new String[] {"approver1", "approver1@localhost", "a b@pactum.example", "@pactum.example",
                "approver1@pactum..example", "Игорь <approver1@pactum.example>", "x".repeat(250) + "@a.example"}) {
            assertThrows(InvalidInputException.class, () -> account.changeContact(wrong, Language.KK), wrong);
        }
        assertEquals(Optional.of("approver1@pactum.example"), account.findEmail());
        assertEquals(Optional.of(Language.RU), account.findLanguage());
    }

    @Test
    void ordinary_addresses_are_well_formed() {
        assertTrue(EmailAddress.isWellFormed("i.lebedev+pactum@omsk-portal.gov.example"));
        assertTrue(EmailAddress.isWellFormed("o'brien@pactum.example"));
        assertFalse(EmailAddress.isWellFormed("dot.@pactum.example"));
        assertFalse(EmailAddress.isWellFormed(null));
    }
}
