package org.pactum.domain.notification;

import java.util.List;
import java.util.Optional;

/** People's notifications. */
public interface Notifications {

    Notification add(Notification notification);

    Optional<Notification> find(long id);

    /**
     * The recipient's notifications, newest first.
     *
     * @param unreadOnly whether to leave out those already read
     * @param limit      at most this many
     */
    List<Notification> of(String recipient, boolean unreadOnly, int limit);
}
