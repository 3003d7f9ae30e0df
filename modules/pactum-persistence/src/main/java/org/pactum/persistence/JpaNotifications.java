package org.pactum.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.pactum.domain.notification.Notification;
import org.pactum.domain.notification.Notifications;

@ApplicationScoped
public class JpaNotifications implements Notifications {

    @PersistenceContext(unitName = "pactum")
    EntityManager em;

    @Override
    public Notification add(Notification notification) {
        em.persist(notification);
        return notification;
    }

    @Override
    public Optional<Notification> find(long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    @Override
    public List<Notification> of(String recipient, boolean unreadOnly, int limit) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.recipient = :recipient"
                        + (unreadOnly ? " AND n.readAt IS NULL" : "") + " ORDER BY n.createdAt DESC, n.id DESC",
                        Notification.class)
                .setParameter("recipient", recipient).setMaxResults(limit).getResultList();
    }
}
