package org.pactum.domain.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.pactum.domain.canonical.CanonicalJson;
import org.pactum.domain.canonical.Sha256;

/** The chain walker's byte writer must hash every event exactly as the plain rule ({@link AuditEvent#computeHash()}). */
class EventDigestTest {

    private static final String[] TEXTS = {
        null, "", "drafter", "DRAFTER,APPROVER", "agreement.submitted", "127.0.0.1", "2001:db8::1", Sha256.ZERO,
        "Меморандум о сотрудничестве", "Ынтымақтастық туралы меморандум", "ӘәҒғҚқҢңӨөҰұҮүҺһІі",
        "Әке \"quoted\" \\ back\nline\ttab\r\b\f", "\u0000\u0001\u001f\u007f\u0080\u07ff\u0800\uffff",
        "/slash/ and <html> & 'quotes'", "emoji \ud83d\ude00 and \ud834\udd1e", "lone \ud83d high", "lone \ude00 low",
        "ends high \ud83d", "€ 1 000,50 ₸", "\u2028\u2029", "x".repeat(700) + "Қ".repeat(600),
    };

    @Test
    void the_known_example_keeps_its_published_hash() {
        AuditEvent event = AuditEvent.stored(1, Instant.parse("2026-11-22T08:00:00.120Z"), "drafter", "DRAFTER",
                "agreement.created", 7L, 1L, null, "{\"number\":\"PA-2026-00007\"}", "127.0.0.1", Sha256.ZERO, null);
        // The hash docs/audit.md shows, and CanonicalJsonTest pins for the plain rule.
        assertEquals(CanonicalJsonTest.EXPECTED_HASH, new EventDigest().hash(event));
        assertTrue(new EventDigest().matches(event, CanonicalJsonTest.EXPECTED_HASH));
    }

    @Test
    void varied_events_hash_as_the_plain_rule_does() {
        Random random = new Random(8785);
        EventDigest digest = new EventDigest(); // reused, as a walk reuses it
        for (int i = 0; i < 3_000; i++) {
            AuditEvent event = AuditEvent.stored(number(random), time(random), text(random), text(random), text(random),
                    random.nextInt(4) == 0 ? null : number(random), random.nextInt(4) == 0 ? null : number(random),
                    text(random), details(random), text(random), text(random), null);
            assertArrayEquals(event.canonicalForm().getBytes(StandardCharsets.UTF_8), digest.canonicalBytes(event),
                    () -> "canonical form of " + event.canonicalForm());
            String expected = event.computeHash();
            assertEquals(expected, digest.hash(event));
            assertTrue(digest.matches(event, expected));
        }
    }

    @Test
    void events_appended_by_the_application_verify_with_the_digest() {
        ChainHead head = ChainHead.genesis();
        EventDigest digest = new EventDigest();
        for (int i = 1; i <= 200; i++) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("number", "МС-2026/" + i);
            details.put("title", Map.of("ru", "Соглашение «Омск — Павлодар»", "kk", "Омбы — Павлодар келісімі"));
            details.put("parties", List.of(i, -i, 9_007_199_254_740_991L, true, false));
            details.put("note", i % 7 == 0 ? null : "line\none\t\"two\"");
            AuditEvent event = head.append(new AuditRecord(AuditAction.AGREEMENT_SUBMITTED, "drafter", java.util.Set.of("DRAFTER"),
                    (long) i, (long) i % 3, Sha256.hex("content " + i), details, "10.0.0." + i), Instant.parse("2026-11-22T08:00:00Z").plusNanos(i * 1_234_567L));
            assertTrue(digest.matches(event, event.hash()), event::canonicalForm);
        }
    }

    @Test
    void a_hash_that_differs_anywhere_or_is_not_lower_case_hex_does_not_match() {
        AuditEvent event = AuditEvent.stored(3, Instant.parse("2026-11-22T08:00:00Z"), "a", null, "b", null, null, null, null, null,
                Sha256.ZERO, null);
        EventDigest digest = new EventDigest();
        String hash = event.computeHash();
        assertTrue(digest.matches(event, hash));
        assertFalse(digest.matches(event, hash.toUpperCase()));
        assertFalse(digest.matches(event, null));
        assertFalse(digest.matches(event, hash.substring(1)));
        for (int i = 0; i < 64; i++) {
            char other = hash.charAt(i) == '0' ? '1' : '0';
            assertFalse(digest.matches(event, hash.substring(0, i) + other + hash.substring(i + 1)), "differs at " + i);
        }
    }

    private static String text(Random random) {
        return TEXTS[random.nextInt(TEXTS.length)];
    }

    private static long number(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> random.nextInt(10);
            case 1 -> -random.nextInt(1000);
            case 2 -> Long.MAX_VALUE;
            case 3 -> Long.MIN_VALUE;
            default -> random.nextLong();
        };
    }

    /** Mostly this century, and the edges of four-digit years and beyond them. */
    private static Instant time(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> null;
            case 1 -> Instant.parse("0000-01-01T00:00:00Z").plusNanos(random.nextInt(1_000_000_000));
            case 2 -> Instant.parse("9999-12-31T23:59:59.999999999Z");
            case 3 -> Instant.parse("+10000-01-01T00:00:00Z");
            case 4 -> Instant.parse("-0001-12-31T23:59:59.5Z");
            case 5 -> Instant.ofEpochSecond(random.nextInt(86_400 * 3) - 86_400, random.nextInt(1_000_000_000));
            default -> Instant.ofEpochSecond(1_700_000_000L + random.nextInt(400_000_000), random.nextInt(1_000_000_000));
        };
    }

    /** Details as the application stores them: canonical JSON text of nested values, or anything a row may hold. */
    private static String details(Random random) {
        if (random.nextInt(3) == 0) {
            return text(random);
        }
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put(text(random) == null ? "k" : "ключ " + random.nextInt(9), text(random));
        inner.put("n", (long) random.nextInt());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", "DRAFT");
        details.put("to", text(random));
        details.put("nested", inner);
        details.put("list", List.of(random.nextInt(), "Ә", List.of()));
        return CanonicalJson.encode(details);
    }
}
