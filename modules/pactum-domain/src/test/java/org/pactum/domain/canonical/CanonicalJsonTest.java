package org.pactum.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.pactum.domain.canonical.CanonicalJson;
import org.pactum.domain.canonical.Sha256;

/** RFC 8785 behaviour for the value kinds audit events use. */
class CanonicalJsonTest {

    @Test
    void members_are_sorted_by_utf16_code_units_without_whitespace() {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("b", 1);
        object.put("a", List.of(true, false));
        object.put("\u20ac", "euro");      // U+20AC
        object.put("\ud83d\ude00", "emoji"); // a surrogate pair sorts by its high surrogate, D83D, after U+20AC
        object.put("A", null);
        assertEquals("{\"A\":null,\"a\":[true,false],\"b\":1,\"\u20ac\":\"euro\",\"\ud83d\ude00\":\"emoji\"}", CanonicalJson.encode(object));
    }

    @Test
    void strings_are_escaped_as_json_stringify_does() {
        assertEquals("\"\\\"\\\\\\b\\f\\n\\r\\t\\u0001\\u001f/Әке\"", CanonicalJson.encode("\"\\\b\f\n\r\t\u0001\u001f/Әке"));
    }

    @Test
    void nested_objects_are_canonical_too() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", 1L);
        inner.put("y", "2");
        assertEquals("{\"o\":{\"y\":\"2\",\"z\":1}}", CanonicalJson.encode(Map.of("o", inner)));
    }

    @Test
    void only_exact_integers_and_known_types_are_accepted() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.encode(1L << 60));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.encode(1.5));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.encode(Arrays.asList(new Object())));
    }

    @Test
    void the_hash_of_an_event_is_stable() {
        AuditEvent event = AuditEvent.stored(1, java.time.Instant.parse("2026-11-22T08:00:00.120Z"), "drafter", "DRAFTER",
                "agreement.created", 7L, 1L, null, "{\"number\":\"PA-2026-00007\"}", "127.0.0.1", Sha256.ZERO, null);
        assertEquals("{\"action\":\"agreement.created\",\"actor\":\"drafter\",\"actorRoles\":\"DRAFTER\",\"agreementId\":7,"
                + "\"agreementVersion\":1,\"clientAddress\":\"127.0.0.1\",\"contentHash\":null,"
                + "\"details\":\"{\\\"number\\\":\\\"PA-2026-00007\\\"}\",\"occurredAt\":\"2026-11-22T08:00:00.120000Z\","
                + "\"previousHash\":\"" + Sha256.ZERO + "\",\"sequence\":1}", event.canonicalForm());
        // Independently computed: printf '%s' "<canonical form>" | sha256sum  (docs/audit.md shows the same example)
        assertEquals(EXPECTED_HASH, event.computeHash());
    }

    @Test
    void the_fast_canonical_writer_equals_the_plain_rule() {
        String[] awkward = {null, "", "drafter", "Әке \"quoted\" \\ back\nline\ttab\u0001", "{\"from\":\"DRAFT\"}", "\ud83d\ude00"};
        java.util.Random random = new java.util.Random(8785);
        for (int i = 0; i < 500; i++) {
            AuditEvent event = AuditEvent.stored(random.nextInt(1_000_000), java.time.Instant.ofEpochSecond(1_700_000_000L + i, i * 1000L),
                    pick(awkward, random), pick(awkward, random), pick(awkward, random),
                    random.nextBoolean() ? null : (long) random.nextInt(), random.nextBoolean() ? null : (long) random.nextInt(100),
                    pick(awkward, random), pick(awkward, random), pick(awkward, random), pick(awkward, random), null);
            assertEquals(event.canonicalFormByMap(), event.canonicalForm());
        }
    }

    private static String pick(String[] values, java.util.Random random) {
        return values[random.nextInt(values.length)];
    }

    static final String EXPECTED_HASH = "a287a46b5788146ec04410fc6d7f22199aaeca6f97305eb39a1606446b9744a1";
}
