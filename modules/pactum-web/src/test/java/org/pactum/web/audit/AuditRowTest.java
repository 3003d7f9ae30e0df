package org.pactum.web.audit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pactum.domain.audit.AuditEvent;
import org.pactum.web.faces.DateDisplay;

public class AuditRowTest {

    private static final String HASH = "ab".repeat(32);
    private static final String PREVIOUS = "cd".repeat(32);

    private final DateDisplay omsk = omsk();

    public static DateDisplay omsk() {
        return DateDisplay.in("Asia/Omsk");
    }

    @Test
    void details_read_as_key_value_lines_in_stored_order() {
        AuditRow row = row("{\"from\":\"DRAFT\",\"nested\":{\"a\":true},\"number\":\"PA-2026-00002\",\"reason\":null,"
                + "\"to\":\"IN_APPROVAL\",\"version\":3}", null);
        assertEquals(List.of(new DetailLine("from", "DRAFT"), new DetailLine("nested", "{\"a\":true}"),
                new DetailLine("number", "PA-2026-00002"), new DetailLine("reason", "—"),
                new DetailLine("to", "IN_APPROVAL"), new DetailLine("version", "3")), row.details());
    }

    @Test
    void hashes_among_the_details_are_shortened_too() {
        DetailLine hash = new DetailLine("documentSha256", HASH);
        DetailLine text = new DetailLine("number", "PA-2026-00002");
        assertAll(
                () -> assertEquals("abababababab…", hash.shortValue()),
                () -> assertEquals("PA-2026-00002", text.shortValue()),
                () -> assertFalse(text.isHash()),
                () -> assertFalse(new DetailLine("reason", null).isHash()));
    }

    @Test
    void details_that_are_not_a_json_object_are_shown_as_they_are() {
        assertAll(
                () -> assertEquals(List.of(new DetailLine("", "not json {")), row("not json {", null).details()),
                () -> assertEquals(List.of(new DetailLine("", "42")), row("42", null).details()),
                () -> assertEquals(List.of(), row("{}", null).details()),
                () -> assertEquals(List.of(), row(null, null).details()));
    }

    @Test
    void time_is_shown_to_the_second_in_the_interface_zone_and_exactly_as_hashed_on_hover() {
        AuditRow row = row("{}", null);
        assertEquals("22.11.2026 14:00:05 (UTC+06:00)", row.occurredAt());
        assertEquals("2026-11-22T08:00:05.123456Z", row.occurredAtUtc());
    }

    @Test
    void hashes_are_shortened_for_the_eye_and_kept_whole() {
        AuditRow row = row("{}", 7L);
        assertAll(
                () -> assertEquals("abababababab…", row.hashShort()),
                () -> assertEquals(HASH, row.hash()),
                () -> assertEquals("cdcdcdcdcdcd…", row.previousHashShort()),
                () -> assertNull(row.contentHashShort()),
                () -> assertEquals("#7", row.agreementNumber()),
                () -> assertEquals(List.of("APPROVER", "DRAFTER"), row.roles()));
    }

    @Test
    void an_event_about_no_agreement_has_no_number_and_a_system_event_no_roles() {
        AuditEvent event = AuditEvent.stored(1, Instant.parse("2026-11-22T08:00:05.123456Z"), "system", "",
                "user.signed-in", null, null, null, "{}", null, PREVIOUS, HASH);
        AuditRow row = AuditRow.of(event, omsk, id -> "PA-" + id);
        assertAll(
                () -> assertNull(row.agreementNumber()),
                () -> assertEquals(List.of(), row.roles()));
    }

    private AuditRow row(String details, Long agreementId) {
        AuditEvent event = AuditEvent.stored(5, Instant.parse("2026-11-22T08:00:05.123456Z"), "approver1",
                "APPROVER,DRAFTER", "agreement.approved", agreementId, agreementId == null ? null : 2L, null, details,
                "127.0.0.1", PREVIOUS, HASH);
        return AuditRow.of(event, omsk, id -> "#" + id);
    }
}
