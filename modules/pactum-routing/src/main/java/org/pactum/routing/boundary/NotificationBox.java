package org.pactum.routing.boundary;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.language.Language;
import org.pactum.domain.notification.Notification;
import org.pactum.domain.notification.Notifications;
import org.pactum.routing.control.NoticeTexts;

/** Each person's own notifications: read, and marked read. Nobody sees or marks another's. */
@ApplicationScoped
@Transactional
public class NotificationBox {

    /** The most a list shows; older notifications stay stored. */
    public static final int LIMIT = 200;

    @Inject
    Notifications notifications;

    @Inject
    @ConfigProperty(name = "pactum.ui.time-zone", defaultValue = "Asia/Omsk")
    String timeZone;

    Clock clock = Clock.systemUTC();

    /** The account's notifications, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Notification> of(String account, boolean unreadOnly) {
        return notifications.of(account, unreadOnly, LIMIT);
    }

    /** @throws NotFoundException when there is no such notification for the account */
    public Notification markRead(long id, String account) {
        Notification notification = notifications.find(id).filter(found -> found.recipient().equals(account))
                .orElseThrow(() -> new NotFoundException("Notification", id));
        notification.markRead(clock.instant());
        return notification;
    }

    /** How many of the account's notifications are unread, counting at most {@link #LIMIT}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int unreadCount(String account) {
        return notifications.of(account, true, LIMIT).size();
    }

    /**
     * Marks every unread notification of the account read, at most {@link #LIMIT} at a time (the newest; a list never
     * shows more).
     *
     * @return how many were unread
     */
    public int markAllRead(String account) {
        List<Notification> unread = notifications.of(account, true, LIMIT);
        unread.forEach(notification -> notification.markRead(clock.instant()));
        return unread.size();
    }

    /** How the notification reads in the language, deadlines in the pages' time zone. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String textOf(Notification notification, Language language) {
        return new NoticeTexts(ZoneId.of(timeZone)).text(notification, language);
    }
}
