package org.pactum.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;


import org.junit.jupiter.api.Test;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.AgreementText;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;
import org.pactum.fixtures.Wordings;

class WordingJsonTest {

    @Test
    void a_wording_in_russian_kazakh_and_english_reads_back_equal() {
        Wording wording = Wordings.omskPavlodar();

        Wording read = WordingJson.read(WordingJson.write(wording));

        assertEquals(wording, read);
        assertEquals(Wordings.AWKWARD, read.clauses().get(1).text().in(Language.RU).orElseThrow());
        assertEquals(Wordings.KAZAKH_LETTERS + "\n\n" + Wordings.AWKWARD, read.clauses().get(1).text().in(Language.KK).orElseThrow());
        assertEquals("Subject", read.clauses().get(0).heading().in(Language.EN).orElseThrow());
    }

    @Test
    void letters_and_markup_are_written_as_they_are_and_quotes_backslashes_and_line_breaks_are_escaped() {
        String json = WordingJson.write(Wordings.omskPavlodar());

        assertTrue(json.contains(Wordings.KAZAKH_LETTERS), json);
        assertTrue(json.contains("<script>alert('x')</script>"), json);
        assertTrue(json.contains("\\\"agree\\\" \\\\n is not a newline\\nnext line\\n\\nnext paragraph\\t"), json);
        assertFalse(json.contains("\n"), "a line break inside a text must not end up as a raw line break in the JSON");
    }

    @Test
    void only_the_languages_a_text_has_are_written() {
        Map<String, Object> json = WordingJson.parse(WordingJson.write(Wordings.omskPavlodar()));

        assertEquals(Set.of("ru", "kk"), ((Map<?, ?>) json.get("kindName")).keySet());
        Map<?, ?> subject = (Map<?, ?>) ((List<?>) json.get("clauses")).get(0);
        assertEquals("subject", subject.get("key"));
        assertEquals(Set.of("ru", "kk", "en"), ((Map<?, ?>) subject.get("heading")).keySet());
        assertTrue(((Map<?, ?>) ((Map<?, ?>) ((List<?>) json.get("clauses")).get(1)).get("heading")).isEmpty());
    }

    @Test
    void an_empty_wording_reads_back_equal() {
        Wording empty = new Wording(null, null, null, null, null);

        assertEquals(empty, WordingJson.read(WordingJson.write(empty)));
        assertEquals(empty, WordingJson.read("{}"), "missing members are empty texts and no clauses");
    }

    @Test
    void members_it_does_not_know_are_ignored() {
        Wording read = WordingJson.read("{\"kindName\":{\"ru\":\"Меморандум\"},\"annexes\":[1,2],"
                + "\"clauses\":[{\"key\":\"k\",\"text\":{\"kk\":\"Мәтін\"},\"numbered\":true}]}");

        assertEquals(new Wording(LocalizedText.of("Меморандум", null, null), null, null,
                AgreementText.of(new Clause("k", null, LocalizedText.of(null, "Мәтін", null))), null), read);
    }

    @Test
    void json_that_is_not_a_wording_is_refused_with_the_reason() {
        assertThrows(IllegalArgumentException.class, () -> WordingJson.read("not json"));
        assertThrows(IllegalArgumentException.class, () -> WordingJson.read("[]"));
        IllegalArgumentException language = assertThrows(IllegalArgumentException.class,
                () -> WordingJson.read("{\"preamble\":{\"de\":\"Präambel\"}}"));
        assertTrue(language.getMessage().contains("de"), language.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WordingJson.read("{\"preamble\":{\"ru\":1}}"));
        assertThrows(IllegalArgumentException.class, () -> WordingJson.read("{\"clauses\":[{\"text\":{}}]}"));
        assertThrows(IllegalArgumentException.class, () -> WordingJson.read("{\"clauses\":{}}"));
    }
}
