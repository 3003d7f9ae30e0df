package org.pactum.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;

class AgreementTextTest {

    private static final Clause SUBJECT = new Clause("subject",
            LocalizedText.of("Предмет Соглашения", "Келісімнің мәні", null),
            LocalizedText.of("Первый абзац.\n\nВторой абзац,\nс переносом строки.\r\n  \r\n\r\nТретий.", "Бірінші.", null));

    @Test
    void splits_a_clause_into_paragraphs_at_blank_lines_only() {
        assertEquals(List.of("Первый абзац.", "Второй абзац,\nс переносом строки.", "Третий."), SUBJECT.paragraphs(Language.RU));
        assertEquals(List.of("Бірінші."), SUBJECT.paragraphs(Language.KK));
        assertEquals(List.of(), SUBJECT.paragraphs(Language.EN));
    }

    @Test
    void names_the_clauses_missing_in_a_language() {
        Clause untitled = new Clause("final", null, LocalizedText.of("Текст.", null, null));
        AgreementText text = AgreementText.of(SUBJECT, untitled);

        assertEquals(List.of(), text.missingIn(Language.RU));
        assertEquals(List.of("final"), text.missingIn(Language.KK));
        assertTrue(text.find("final").isPresent());
    }

    @Test
    void refuses_duplicate_and_malformed_keys() {
        assertThrows(IllegalArgumentException.class, () -> AgreementText.of(SUBJECT, SUBJECT));
        assertThrows(IllegalArgumentException.class, () -> new Clause("статья 1", null, LocalizedText.of("x", null, null)));
    }
}
