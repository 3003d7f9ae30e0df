package org.pactum.domain.canonical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.AgreementText;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;

class WordingCodecTest {

    private static final Wording WORDING = new Wording(LocalizedText.of("Меморандум", "Меморандум", null), null,
            LocalizedText.of("{party1.organization} и {party2.organization}", null, null),
            AgreementText.of(new Clause("subject", LocalizedText.of("Предмет", null, "Subject"),
                    LocalizedText.of("Стороны \"сотрудничают\".\n\nДалее.", "Тараптар ынтымақтасады.", null))),
            null);

    @Test
    void a_wording_is_written_in_rfc_8785_json_with_only_the_languages_it_has() {
        assertEquals("{\"clauses\":[{\"heading\":{\"en\":\"Subject\",\"ru\":\"Предмет\"},\"key\":\"subject\","
                + "\"text\":{\"kk\":\"Тараптар ынтымақтасады.\",\"ru\":\"Стороны \\\"сотрудничают\\\".\\n\\nДалее.\"}}],"
                + "\"equallyAuthentic\":{},\"kindName\":{\"kk\":\"Меморандум\",\"ru\":\"Меморандум\"},\"placeAndDate\":{},"
                + "\"preamble\":{\"ru\":\"{party1.organization} и {party2.organization}\"}}", WordingCodec.write(WORDING));
    }

    @Test
    void what_is_written_reads_back_equal_and_unknown_members_are_ignored() {
        Map<String, Object> json = new HashMap<>(WordingCodec.toJson(WORDING));
        json.put("annexes", List.of(1, 2));

        assertEquals(WORDING, WordingCodec.fromJson(json));
        assertEquals(Wording.empty(), WordingCodec.fromJson(Map.of()), "missing members are empty texts and no clauses");
    }

    @Test
    void json_that_is_no_wording_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> WordingCodec.fromJson(Map.of("preamble", Map.of("de", "Präambel"))));
        assertThrows(IllegalArgumentException.class, () -> WordingCodec.fromJson(Map.of("preamble", Map.of("ru", 1))));
        assertThrows(IllegalArgumentException.class, () -> WordingCodec.fromJson(Map.of("clauses", List.of(Map.of("text", Map.of())))));
        assertThrows(IllegalArgumentException.class, () -> WordingCodec.fromJson(Map.of("clauses", Map.of())));
    }
}
