package org.pactum.routing.boundary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactum.domain.language.Language;
import org.pactum.domain.notification.Notification;
import org.pactum.domain.notification.NotificationKind;
import org.pactum.routing.entity.MailRecipient;
import org.pactum.routing.entity.NotificationRecorded;

/** Notification mail through Jakarta Mail to a local SMTP server on loopback, and what happens when it cannot go. */
class MailDeliveryTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final Map<String, MailRecipient> RECIPIENTS = Map.of(
            "approver1", new MailRecipient("approver1@omskportal.example", null),
            "approver3", new MailRecipient("approver3@pavlodar.example", Language.KK),
            "observer", new MailRecipient("observer@partner.example", Language.EN));

    private final MailDelivery delivery = new MailDelivery();

    @BeforeEach
    void configure() {
        delivery.host = Optional.of("127.0.0.1");
        delivery.port = SMTP.getSmtp().getPort();
        delivery.from = "pactum@omskportal.example";
        delivery.user = Optional.empty();
        delivery.password = Optional.empty();
        delivery.startTls = false;
        delivery.language = "ru";
        delivery.timeZone = "Asia/Omsk";
        delivery.recipients = account -> Optional.ofNullable(RECIPIENTS.get(account));
    }

    @Test
    void a_task_waiting_for_an_approver_who_chose_no_language_is_mailed_in_the_installations() throws Exception {
        delivery.onNotification(new NotificationRecorded(assigned("approver1")));

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(1, received.length);
        MimeMessage mail = received[0];
        assertEquals("Pactum: соглашение PA-2026-00017", mail.getSubject());
        assertEquals(new InternetAddress("approver1@omskportal.example"), mail.getRecipients(Message.RecipientType.TO)[0]);
        assertEquals(new InternetAddress("pactum@omskportal.example"), mail.getFrom()[0]);
        String body = (String) mail.getContent();
        assertTrue(body.startsWith("Соглашение PA-2026-00017 «Соглашение о сотрудничестве» ждёт вашего решения на этапе "
                + "«Правовое управление» до 10.12.2026 10:00."), body);
    }

    @Test
    void each_recipient_reads_the_mail_in_their_own_language_the_agreements_title_included() throws Exception {
        delivery.onNotification(new NotificationRecorded(assigned("approver3")));
        delivery.onNotification(new NotificationRecorded(assigned("observer")));

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(2, received.length);
        MimeMessage kazakh = to("approver3@pavlodar.example", received);
        assertEquals("Pactum: PA-2026-00017 келісім", kazakh.getSubject());
        assertEquals("kk", kazakh.getHeader("Content-Language", null));
        String kazakhBody = (String) kazakh.getContent();
        assertTrue(kazakhBody.startsWith("PA-2026-00017 «Ынтымақтастық туралы келісім» келісімі «Құқықтық басқарма» "
                + "кезеңінде сіздің шешіміңізді күтуде (мерзімі: 10.12.2026 10:00)."), kazakhBody);
        MimeMessage english = to("observer@partner.example", received);
        assertEquals("Pactum: agreement PA-2026-00017", english.getSubject());
        assertEquals("en", english.getHeader("Content-Language", null));
        String englishBody = (String) english.getContent();
        assertTrue(englishBody.startsWith("Agreement PA-2026-00017 \"Cooperation agreement\" waits for your decision"),
                englishBody);
        assertTrue(englishBody.contains("\"Legal department\""), "the stage in English where it has an English name: "
                + englishBody);
    }

    @Test
    void the_installations_language_is_for_whoever_chose_none() throws Exception {
        delivery.language = "kk";

        delivery.onNotification(new NotificationRecorded(assigned("approver1")));
        delivery.onNotification(new NotificationRecorded(assigned("observer")));

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals("Pactum: PA-2026-00017 келісім", to("approver1@omskportal.example", received).getSubject());
        assertEquals("Pactum: agreement PA-2026-00017", to("observer@partner.example", received).getSubject());
    }

    @Test
    void nobody_without_an_address_is_mailed() {
        delivery.onNotification(new NotificationRecorded(assigned("approver2")));

        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    @Test
    void without_an_smtp_host_nothing_is_mailed() {
        delivery.host = Optional.empty();

        delivery.onNotification(new NotificationRecorded(assigned("approver1")));

        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    @Test
    void a_mail_server_that_cannot_be_reached_costs_a_log_line_and_nothing_else() throws IOException {
        try (ServerSocket closed = new ServerSocket(0)) {
            delivery.port = closed.getLocalPort();
        }

        assertDoesNotThrow(() -> delivery.onNotification(new NotificationRecorded(assigned("approver1"))));
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    private static MimeMessage to(String address, MimeMessage[] received) throws MessagingException {
        for (MimeMessage mail : received) {
            if (mail.getRecipients(Message.RecipientType.TO)[0].equals(new InternetAddress(address))) {
                return mail;
            }
        }
        throw new AssertionError("No mail to " + address);
    }

    private static Notification assigned(String recipient) {
        return new Notification(recipient, 7L, NotificationKind.TASK_ASSIGNED, null, Map.of("number", "PA-2026-00017",
                "title", "Соглашение о сотрудничестве", "titleKk", "Ынтымақтастық туралы келісім",
                "titleEn", "Cooperation agreement", "stage", "Правовое управление", "stageKk", "Құқықтық басқарма",
                "stageEn", "Legal department", "due", "2026-12-10T04:00:00Z"), Instant.parse("2026-12-07T04:00:00Z"));
    }
}
