package org.pactum.routing.entity;

import org.pactum.domain.notification.Notification;

/**
 * Fired inside the transaction that stores a notification; e-mail observes it after the transaction succeeded, so
 * nobody is mailed about a step that was rolled back.
 */
public record NotificationRecorded(Notification notification) {
}
