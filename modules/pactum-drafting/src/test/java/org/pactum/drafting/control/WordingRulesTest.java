package org.pactum.drafting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.error.Violations;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.AgreementText;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;

class WordingRulesTest {

    @Test
    void known_placeholders_and_markup_pass_and_unknown_ones_and_stray_braces_are_named_by_field() {
        Wording wording = new Wording(null, null,
                LocalizedText.of("{party1.organization} и {party2.organization}", "{party1.organization} мен {party2.organization}", null),
                AgreementText.of(
                        new Clause("subject", null, LocalizedText.of("<script>alert(1)</script> — текст", "Мәтін {areas}", null)),
                        new Clause("extra", LocalizedText.of("Статья {number", null, null), LocalizedText.of("Текст", "{area} бойынша", null))),
                null);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> WordingRules.checkPlaceholders("wording", wording, new Violations()).throwIfAny());
        List<String> fields = refused.errors().stream().map(FieldError::field).toList();
        assertEquals(List.of("wording.clauses[1].heading.ru", "wording.clauses[1].text.kk"), fields);
        assertTrue(refused.errors().get(1).message().contains("{area} is not a placeholder"), refused.getMessage());
        assertTrue(refused.errors().get(1).message().contains("{areas}"), "the message lists the known ones");
        assertEquals(List.of(Rule.UNPAIRED_BRACE, Rule.UNKNOWN_PLACEHOLDER), refused.errors().stream().map(FieldError::rule).toList());
        assertEquals("{area}", refused.errors().get(1).detail());
    }
}
