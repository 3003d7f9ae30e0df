package org.pactum.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pactum.domain.audit.AuditEvent;

class EventRevisionsTest {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void each_event_is_at_the_revision_it_names_or_else_the_last_one_named_before_it() {
        List<AuditEvent> events = List.of(
                event(1, "comment.added", "{\"article\":2}"),
                event(3, "agreement.created", "{\"revision\":1,\"to\":\"DRAFT\"}"),
                event(4, "comment.added", null),
                event(7, "agreement.edited", "{\"revision\":2}"),
                event(9, "agreement.signature-added", "{\"party\":{\"revision\":9}}"),
                event(12, "agreement.edited", "{\"revision\":\"3\"}"));

        assertEquals(Map.of(3L, 1, 4L, 1, 7L, 2, 9L, 2, 12L, 2), EventRevisions.of(events),
                "storage versions are not revisions; a nested or malformed revision is not the event's");
    }

    private static AuditEvent event(long sequence, String action, String details) {
        return AuditEvent.stored(sequence, T0.plusSeconds(sequence), "drafter", "", action, 17L, sequence,
                "hash-" + sequence, details, "127.0.0.1", "previous", "hash");
    }
}
