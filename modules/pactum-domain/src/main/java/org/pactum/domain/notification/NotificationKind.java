package org.pactum.domain.notification;

import java.util.Locale;

/** What a notification is about; each kind has the text key its message is found under. */
public enum NotificationKind {
    /** A task waits for the recipient: a stage opened, the agreement came back, or someone handed a task on. */
    TASK_ASSIGNED,
    /** The deadline of the recipient's task comes close. */
    REMINDER,
    /** A task passed its deadline: it went to the recipient, or away from them. */
    ESCALATED,
    /** The recipient's agreement was returned for revision. */
    RETURNED,
    /** The recipient's agreement passed its last stage. */
    APPROVED,
    /** The recipient's agreement was rejected. */
    REJECTED;

    /** The key of the text, e.g. {@code notification.task-assigned}. */
    public String textKey() {
        return "notification." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
