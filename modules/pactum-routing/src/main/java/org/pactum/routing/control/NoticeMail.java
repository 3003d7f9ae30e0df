package org.pactum.routing.control;

import java.util.Date;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.pactum.domain.language.Language;
import org.pactum.domain.notification.Notification;

/** A notification as a plain-text e-mail, sent through the configured SMTP server with Jakarta Mail. */
public final class NoticeMail {

    private final MailSettings settings;
    private final NoticeTexts texts;
    private final Session session;

    public NoticeMail(MailSettings settings, NoticeTexts texts) {
        this.settings = settings;
        this.texts = texts;
        this.session = Session.getInstance(settings.sessionProperties());
    }

    /**
     * Sends it in the settings' language.
     *
     * @throws MessagingException when an address is malformed, or the server cannot be reached or refuses
     */
    public void send(Notification notification, String address) throws MessagingException {
        send(notification, address, settings.language());
    }

    /**
     * Sends it in the recipient's language.
     *
     * @throws MessagingException when an address is malformed, or the server cannot be reached or refuses
     */
    public void send(Notification notification, String address, Language language) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from(), true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(address, true));
        message.setSubject(texts.subject(notification, language), "UTF-8");
        message.setText(texts.text(notification, language) + "\n\n-- \nPactum\n", "UTF-8");
        message.setHeader("Content-Language", language.code());
        message.setSentDate(Date.from(notification.createdAt()));
        if (settings.signsIn()) {
            Transport.send(message, settings.user(), settings.password());
        } else {
            Transport.send(message);
        }
    }
}
