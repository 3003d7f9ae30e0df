package org.pactum.drafting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;

import org.junit.jupiter.api.Test;
import org.pactum.domain.language.Language;
import org.pactum.domain.template.Template;

class TemplateReaderTest {

    private static final String MINIMAL = """
            id=test
            kind=PROTOCOL_OF_INTENT
            version=2
            languages=ru,kk
            clauses=subject
            kindName.ru=Протокол
            kindName.kk=Хаттама
            preamble.ru={party1.organization} и {party2.organization}
            preamble.kk={party1.organization} және {party2.organization}
            subject.heading.ru=Предмет
            subject.heading.kk=Мәні
            subject.text.ru=Сферы: {areas}.\\n\\nВторой абзац.
            subject.text.kk=Салалар: {areas}.
            authentic.ru=На {languages} языках.
            authentic.kk={languages} тілдерінде.
            """;

    @Test
    void a_template_is_read_with_its_clauses_in_order_and_paragraphs_split() {
        Template template = read(MINIMAL);
        assertEquals("test", template.id());
        assertEquals(2, template.version());
        assertEquals(2, template.clauses().getFirst().paragraphs(Language.RU).size());
    }

    @Test
    void an_unknown_placeholder_is_refused_when_the_template_is_read() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> read(MINIMAL.replace("{areas}.\\n", "{area}.\\n")));
        assertTrue(refused.getMessage().contains("subject.text.ru: {area} is not a placeholder"), refused.getMessage());
    }

    @Test
    void a_missing_translation_an_unknown_key_and_a_stray_brace_are_all_reported() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> read(MINIMAL
                .replace("subject.heading.kk=Мәні\n", "")
                .replace("authentic.kk=", "authentik.kk=")
                .replace("Второй абзац.", "Второй {абзац.")));
        String message = refused.getMessage();
        assertTrue(message.contains("subject.heading.kk is missing"), message);
        assertTrue(message.contains("authentic.kk is missing"), message);
        assertTrue(message.contains("unknown key authentik.kk"), message);
        assertTrue(message.contains("subject.text.ru: has a brace that opens or closes no placeholder"), message);
    }

    private static Template read(String properties) {
        return TemplateReader.read(new StringReader(properties), "test.properties");
    }
}
