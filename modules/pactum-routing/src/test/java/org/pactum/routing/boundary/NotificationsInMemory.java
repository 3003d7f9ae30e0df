package org.pactum.routing.boundary;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.pactum.domain.notification.Notification;
import org.pactum.domain.notification.Notifications;

/** Notifications in a list, numbered as they are added. */
final class NotificationsInMemory implements Notifications {

    private final List<Notification> stored = new ArrayList<>();

    @Override
    public synchronized Notification add(Notification notification) {
        try {
            Field id = Notification.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(notification, stored.size() + 1L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        stored.add(notification);
        return notification;
    }

    @Override
    public synchronized Optional<Notification> find(long id) {
        return stored.stream().filter(notification -> notification.id() == id).findFirst();
    }

    @Override
    public synchronized List<Notification> of(String recipient, boolean unreadOnly, int limit) {
        return stored.stream().filter(notification -> notification.recipient().equals(recipient))
                .filter(notification -> !unreadOnly || !notification.isRead())
                .sorted(Comparator.comparing(Notification::createdAt).thenComparing(Notification::id).reversed())
                .limit(limit).toList();
    }

    synchronized List<Notification> all() {
        return List.copyOf(stored);
    }
}
