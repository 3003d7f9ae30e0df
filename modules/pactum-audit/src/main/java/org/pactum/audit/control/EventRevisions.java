package org.pactum.audit.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonNumber;

import org.pactum.domain.audit.AuditEvent;

/**
 * The revision of the agreement's text each event happened at, as the application numbers revisions (1, 2, …), not
 * the storage's version counter. Events that change the text or the status name their revision; the others happened
 * at the last revision named before them, since a revision only ever follows a named one.
 */
public final class EventRevisions {

    private EventRevisions() {
    }

    /** @return revision by event sequence; events before the first that names one are left out */
    public static Map<Long, Integer> of(List<AuditEvent> events) {
        Map<Long, Integer> revisions = new HashMap<>();
        Integer current = null;
        for (AuditEvent event : events) {
            current = EventDetails.value(EventDetails.read(event.details()), "revision", JsonNumber.class,
                    JsonNumber::intValue).orElse(current);
            if (current != null) {
                revisions.put(event.sequence(), current);
            }
        }
        return revisions;
    }
}
