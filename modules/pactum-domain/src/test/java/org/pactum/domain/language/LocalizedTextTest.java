package org.pactum.domain.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void blank_entries_count_as_absent_and_text_is_trimmed() {
        LocalizedText text = LocalizedText.of("  Омск ", " ", null);
        assertEquals("Омск", text.in(Language.RU).orElseThrow());
        assertFalse(text.has(Language.KK));
        assertEquals(List.of(Language.RU), text.languages());
    }

    @Test
    void falls_back_to_another_language_when_the_wanted_one_is_missing() {
        assertEquals("Омбы", LocalizedText.of(null, "Омбы", null).preferring(Language.EN));
        assertEquals("", LocalizedText.empty().preferring(Language.RU));
    }

    @Test
    void kazakh_letters_survive_unchanged() {
        String kazakh = "ӘҒҚҢӨҰҮҺІ әғқңөұүһі";
        assertEquals(kazakh, LocalizedText.of(null, kazakh, null).in(Language.KK).orElseThrow());
    }

    @Test
    void language_codes_parse_case_insensitively() {
        assertEquals(Language.KK, Language.fromCode(" KK ").orElseThrow());
        assertFalse(Language.fromCode("de").isPresent());
    }
}
