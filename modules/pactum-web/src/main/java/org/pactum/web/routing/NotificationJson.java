package org.pactum.web.routing;

import java.time.Instant;
import java.util.Map;

import org.pactum.domain.notification.Notification;

/**
 * A notification as the API shows it: its kind and text key with the parameters (for clients that word it
 * themselves) and the text in the caller's language.
 */
public record NotificationJson(long id, String kind, Long agreementId, String textKey, Map<String, String> parameters,
                               String text, Instant createdAt, Instant readAt) {

    static NotificationJson of(Notification notification, String text) {
        return new NotificationJson(notification.id(), notification.kind().name(), notification.agreementId(),
                notification.textKey(), notification.parameters(), text, notification.createdAt(),
                notification.readAt());
    }
}
