package org.pactum.domain.printable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.error.Violations;
import org.pactum.domain.language.LocalizedText;

class PrintableTextTest {

    private static final String KAZAKH = "Облыстар арасындағы ынтымақтастық туралы келісім: ӘҒҚҢӨҰҮҺІ әғқңөұүһі";

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {
            "0000", "0001", "0007", "0008", "0009", "000B", "000C", "001B", "001F", "007F", // C0 (tab included), DEL
            "0080", "0085", "009B", "009F", // C1
            "202A", "202B", "202C", "202D", "202E", "2066", "2067", "2068", "2069", // embeddings, overrides, isolates
            "200E", "200F", "061C", // marks
            "200B", "200C", "200D", "2060", "00AD", "FEFF", "FFF9", "E0041", // other invisible format characters
            "2028", "2029", // line and paragraph separators
            "E000", "F8FF", "F0000", "10FFFD", // private use
            "0378", "0EFF", "E0080", // unassigned
            "FDD0", "FDEF", "FFFE", "FFFF", "1FFFE", "10FFFF"}) // noncharacters
    void refuses_every_class_of_character_that_displays_as_something_else(String hex) {
        int codePoint = Integer.parseInt(hex, 16);
        String text = "Соглашение " + Character.toString(codePoint) + " о сотрудничестве";
        for (TextShape shape : TextShape.values()) {
            RefusedCharacter refused = PrintableText.firstRefused(text, shape, DrawableCharacters.ANY).orElseThrow();
            assertEquals(Rule.FORBIDDEN_CHARACTER, refused.rule());
            assertEquals(codePoint, refused.codePoint());
            assertEquals(11, refused.index());
            assertTrue(refused.describe().startsWith("U+" + hex + " "), refused::describe);
        }
    }

    @Test
    void refuses_lone_surrogates_but_reads_a_pair_as_one_character() {
        for (String lone : List.of("\uD800", "\uDFFF", "a\uDC00b", "\uD83D")) {
            RefusedCharacter refused = PrintableText.firstRefused(lone, TextShape.LINE, DrawableCharacters.ANY).orElseThrow();
            assertEquals(Rule.FORBIDDEN_CHARACTER, refused.rule());
            assertTrue(refused.describe().endsWith("(lone surrogate)"), refused::describe);
        }
        assertTrue(PrintableText.firstRefused("\uD83D\uDE00", TextShape.LINE, DrawableCharacters.ANY).isEmpty(),
                "a surrogate pair is a character like any other; whether it prints is the fonts' question");
    }

    @Test
    void names_the_character_as_the_unicode_standard_does() {
        assertEquals("U+202E RIGHT-TO-LEFT OVERRIDE", describe("\u202E"));
        assertEquals("U+0000 NULL", describe("\u0000"));
        assertEquals("U+0085 NEXT LINE (NEL)", describe("\u0085"));
        assertEquals("U+0378 (unassigned)", describe("\u0378"));
        assertEquals("U+FFFF (noncharacter)", describe("\uFFFF"));
        assertEquals("U+E000 PRIVATE USE AREA E000", describe("\uE000"));
    }

    @Test
    void lets_kazakh_russian_and_english_text_pass_with_its_punctuation() {
        for (String text : List.of(KAZAKH, "Соглашение «О сотрудничестве» № 5 — между областями…",
                "Agreement on cooperation (2026–2030); §3 “equally authentic”", "a\u00A0b\u2009c\u202Fd", "e\u0301")) {
            for (TextShape shape : TextShape.values()) {
                assertTrue(PrintableText.firstRefused(text, shape, DrawableCharacters.ANY).isEmpty(), text);
            }
        }
    }

    @Test
    void allows_line_breaks_in_paragraphs_only() {
        String paragraphs = "Первый абзац.\r\n\r\nВторой абзац,\nего вторая строка.";
        assertTrue(PrintableText.firstRefused(paragraphs, TextShape.PARAGRAPHS, DrawableCharacters.ANY).isEmpty());
        assertEquals('\r', PrintableText.firstRefused(paragraphs, TextShape.LINE, DrawableCharacters.ANY).orElseThrow().codePoint());
        assertEquals('\n', PrintableText.firstRefused("Заголовок\nстатьи", TextShape.LINE, DrawableCharacters.ANY)
                .orElseThrow().codePoint());
        RefusedCharacter lone = PrintableText.firstRefused("строка\rстрока", TextShape.PARAGRAPHS, DrawableCharacters.ANY).orElseThrow();
        assertEquals("U+000D CARRIAGE RETURN (CR)", lone.describe(), "a carriage return only before a line feed");
    }

    @Test
    void refuses_what_the_fonts_cannot_draw_naming_the_character() {
        DrawableCharacters noEmoji = codePoint -> codePoint < 0x1F000;
        RefusedCharacter refused = PrintableText.firstRefused("Соглашение 😀", TextShape.LINE, noEmoji).orElseThrow();
        assertEquals(Rule.UNPRINTABLE_CHARACTER, refused.rule());
        assertEquals("U+1F600 GRINNING FACE", refused.describe());
        assertTrue(refused.message().contains("U+1F600 GRINNING FACE"), refused::message);
        assertTrue(PrintableText.firstRefused(KAZAKH, TextShape.LINE, noEmoji).isEmpty());
    }

    @Test
    void reports_each_language_of_a_text_as_its_own_field_with_the_character_as_detail() {
        LocalizedText title = LocalizedText.of("Соглашение\u202Eот", KAZAKH, "Agreement\u0000");
        Violations violations = PrintableText.check(new Violations(), "title", title, TextShape.LINE);
        InvalidInputException refused = assertThrows(InvalidInputException.class, violations::throwIfAny);
        List<FieldError> errors = refused.errors();
        assertEquals(List.of("title.ru", "title.en"), errors.stream().map(FieldError::field).toList());
        assertEquals("U+202E RIGHT-TO-LEFT OVERRIDE", errors.get(0).detail());
        assertEquals(Rule.FORBIDDEN_CHARACTER, errors.get(1).rule());
        assertEquals("U+0000 NULL", errors.get(1).detail());
    }

    private static String describe(String text) {
        return PrintableText.firstRefused(text, TextShape.LINE, DrawableCharacters.ANY).orElseThrow().describe();
    }

    @Test
    void shows_what_it_would_refuse_by_its_code_and_leaves_other_text_as_it_is() {
        assertEquals("Omsk [U+202E]daeh [U+0000][U+000A]", PrintableText.visible("Omsk \u202Edaeh \u0000\n"));
        String kazakh = "Павлодар облысының әкімдігі ӘҒҚҢӨҰҮҺІ 😀";
        assertSame(kazakh, PrintableText.visible(kazakh), "what only the fonts lack is shown as it is");
    }
}
