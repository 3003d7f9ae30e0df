package org.pactum.routing.boundary;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pactum.domain.language.Language;
import org.pactum.domain.notification.Notification;
import org.pactum.routing.control.MailSettings;
import org.pactum.routing.control.NoticeMail;
import org.pactum.routing.control.NoticeTexts;
import org.pactum.routing.entity.MailRecipient;
import org.pactum.routing.entity.NotificationRecorded;

/**
 * Mails a notification, when SMTP is configured ({@code pactum.mail.smtp.host}) and the recipient has an address
 * ({@link MailRecipients}: the account's own, or {@code pactum.mail.address.<account>}), in the recipient's language
 * (else {@code pactum.mail.language}), after the transaction that stored it committed, on another thread. A failure is
 * logged once and otherwise ignored: the notification is in the application either way, and no decision ever waits
 * for or fails with the mail server.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    public static final String ADDRESS_PREFIX = MailRecipients.ADDRESS_PREFIX;

    @Inject
    MailRecipients mailRecipients;

    @Inject
    AfterCommitWork afterCommit;

    @Inject
    @ConfigProperty(name = "pactum.mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "pactum.mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "pactum.mail.from", defaultValue = "pactum@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "pactum.mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "pactum.mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "pactum.mail.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "pactum.mail.language", defaultValue = "ru")
    String language;

    @Inject
    @ConfigProperty(name = "pactum.ui.time-zone", defaultValue = "Asia/Omsk")
    String timeZone;

    /** Finds an account's address and language; {@link MailRecipients} in the server. */
    Function<String, Optional<MailRecipient>> recipients;

    private NoticeMail mail;

    @PostConstruct
    void findRecipientsInAccounts() {
        if (recipients == null && mailRecipients != null) {
            recipients = mailRecipients::find;
        }
    }

    void onNotification(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationRecorded recorded) {
        Notification notification = recorded.notification();
        if (!settings().enabled()) {
            return;
        }
        try {
            if (afterCommit == null) {
                deliver(notification);
            } else {
                afterCommit.submit(() -> deliver(notification));
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Notification " + notification.id() + " not mailed to " + notification.recipient() + ": " + e);
        }
    }

    /** Looks the recipient up here, after the commit, so a profile read never weighs on the step's transaction. */
    private void deliver(Notification notification) {
        Optional<MailRecipient> recipient;
        try {
            recipient = recipients.apply(notification.recipient());
        } catch (RuntimeException e) {
            LOG.warning(() -> "Notification " + notification.id() + " not mailed: " + notification.recipient()
                    + "'s address could not be read: " + e);
            return;
        }
        if (recipient.isEmpty()) {
            LOG.fine(() -> "No mail address for " + notification.recipient() + "; notified in the application only");
            return;
        }
        String address = recipient.get().address();
        try {
            mail().send(notification, address, recipient.get().findLanguage().orElse(settings().language()));
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "Notification " + notification.id() + " not mailed to " + notification.recipient() + " <"
                    + address + ">: " + e);
        }
    }

    private synchronized NoticeMail mail() {
        if (mail == null) {
            mail = new NoticeMail(settings(), new NoticeTexts(ZoneId.of(timeZone)));
        }
        return mail;
    }

    MailSettings settings() {
        return new MailSettings(host.map(String::strip).orElse(null), port, from.strip(),
                user.map(String::strip).orElse(null), password.orElse(null), startTls,
                Language.fromCode(language.strip()).orElse(Language.RU), Duration.ofSeconds(20));
    }
}
