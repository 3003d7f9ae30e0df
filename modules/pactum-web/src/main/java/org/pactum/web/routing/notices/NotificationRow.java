package org.pactum.web.routing.notices;

import java.io.Serializable;

/**
 * A notification as its page shows it.
 *
 * @param kind        e.g. {@code TASK_ASSIGNED}, for the key {@code notices.kind.<kind>}
 * @param agreementId the agreement it is about, or null
 * @param task        whether it is about a task that waits for the reader (a link to "My tasks" then)
 */
public record NotificationRow(long id, String kind, String text, String when, boolean unread, Long agreementId,
                              boolean task) implements Serializable {
}
