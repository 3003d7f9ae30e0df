package org.pactum.web.forms;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.Rule;
import org.pactum.web.faces.PageMessages;

/** Every rule an input can break says what is wrong in Russian, Kazakh and English, with its detail filled in. */
class RuleMessagesTest {

    private static final List<String> LANGUAGES = List.of("ru", "kk", "en");

    @Test
    void every_rule_has_its_message_in_russian_kazakh_and_english_with_nothing_left_raw() {
        List<Executable> checks = new ArrayList<>();
        for (String code : LANGUAGES) {
            RuleMessages messages = messagesIn(code);
            for (Rule rule : Rule.values()) {
                String sentence = messages.sentence("Статья 2", new FieldError("wording.clauses[1].text.kk", rule, "", "{nope}"));
                System.out.printf("%s %-20s %s%n", code, rule.code(), sentence);
                checks.add(() -> assertAll(
                        () -> assertTrue(sentence.startsWith("Статья 2: "), code + " " + rule + ": " + sentence),
                        () -> assertFalse(sentence.contains("rule."), code + " " + rule + " has no message: " + sentence),
                        () -> assertFalse(sentence.matches(".*\\{\\d}.*"), code + " " + rule + " left a gap: " + sentence),
                        () -> assertTrue(sentence.length() > "Статья 2: .".length() + 5, code + " " + rule + ": " + sentence)));
            }
        }
        assertAll(checks);
    }

    @Test
    void the_three_languages_say_different_things_not_one_copied_into_the_others() {
        for (Rule rule : Rule.values()) {
            FieldError error = new FieldError("title.kk", rule, "", "20");
            List<String> said = LANGUAGES.stream().map(code -> messagesIn(code).what(error)).distinct().toList();
            assertEquals(3, said.size(), rule + ": " + said);
        }
    }

    @Test
    void the_detail_and_the_known_placeholders_are_part_of_the_message() {
        RuleMessages russian = messagesIn("ru");

        assertEquals("слишком длинный текст, допустимо не более 1000 знаков",
                russian.what(new FieldError("title.ru", Rule.TOO_LONG, "", "1000")));
        String placeholder = russian.what(new FieldError("preamble.kk", Rule.UNKNOWN_PLACEHOLDER, "", "{nope}"));
        assertTrue(placeholder.startsWith("неизвестная подстановка {nope}. Допустимы: {party1.organization}"), placeholder);
        assertEquals("rule.tooLong", RuleMessages.key(Rule.TOO_LONG));
        assertEquals("rule.unknownPlaceholder", RuleMessages.key(Rule.UNKNOWN_PLACEHOLDER));
    }

    /** As PageMessages.text in the language: the key itself when the bundle lacks it. */
    private static RuleMessages messagesIn(String code) {
        Locale locale = Locale.of(code);
        ResourceBundle bundle = ResourceBundle.getBundle(PageMessages.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_CLASS));
        return new RuleMessages((key, arguments) -> bundle.containsKey(key)
                ? new MessageFormat(bundle.getString(key), locale).format(arguments) : key);
    }
}
