package org.pactum.domain.notification;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One message to one person, kept until read: its kind, the text key and the values the text names (agreement number,
 * stage, deadline, …), so every reader sees it in their own language.
 */
public class Notification {

    private Long id;
    private String recipient;
    private Long agreementId;
    private NotificationKind kind;
    private String textKey;
    private Map<String, String> parameters = new LinkedHashMap<>();
    private Instant createdAt;
    private Instant readAt;
    private long version;

    protected Notification() {
    }

    /**
     * @param textKey    the text, when it differs from the kind's own ({@link NotificationKind#textKey()}); or null
     * @param parameters the values the text names; null values are left out
     */
    public Notification(String recipient, Long agreementId, NotificationKind kind, String textKey,
                        Map<String, String> parameters, Instant createdAt) {
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.agreementId = agreementId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.textKey = textKey == null ? kind.textKey() : textKey;
        parameters.forEach((name, value) -> {
            if (value != null) {
                this.parameters.put(name, value);
            }
        });
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Marks it read; reading it again keeps the first time. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public Long agreementId() {
        return agreementId;
    }

    public NotificationKind kind() {
        return kind;
    }

    public String textKey() {
        return textKey;
    }

    public Map<String, String> parameters() {
        return Map.copyOf(parameters);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }

    public long version() {
        return version;
    }
}
