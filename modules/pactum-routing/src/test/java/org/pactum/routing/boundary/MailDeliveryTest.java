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
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactum.domain.notification.Notification;
import org.pactum.domain.notification.NotificationKind;
import org.pactum.routing.entity.NotificationRecorded;

/** Notification mail through Jakarta Mail to a local SMTP server on loopback, and what happens when it cannot go. */
class MailDeliveryTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final Map<String, String> ADDRESSES = Map.of("approver1", "approver1@omskportal.example");

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
        delivery.addresses = account -> Optional.ofNullable(ADDRESSES.get(account));
    }

    @Test
    void a_task_waiting_for_an_approver_with_an_address_is_mailed_in_the_configured_language() throws Exception {
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

    private static Notification assigned(String recipient) {
        return new Notification(recipient, 7L, NotificationKind.TASK_ASSIGNED, null, Map.of("number", "PA-2026-00017",
                "title", "Соглашение о сотрудничестве", "stage", "Правовое управление", "due", "2026-12-10T04:00:00Z"),
                Instant.parse("2026-12-07T04:00:00Z"));
    }
}
