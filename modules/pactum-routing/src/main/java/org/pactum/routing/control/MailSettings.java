package org.pactum.routing.control;

import java.time.Duration;
import java.util.Properties;

import org.pactum.domain.language.Language;

/**
 * Where notification mail goes out: the SMTP server, the sender, the credentials if the server wants them, and the
 * language the mail is written in. No host means no mail.
 *
 * @param user     null or blank when the server takes mail without signing in
 * @param startTls whether to require STARTTLS before signing in and sending
 */
public record MailSettings(String host, int port, String from, String user, String password, boolean startTls,
                           Language language, Duration timeout) {

    public boolean enabled() {
        return host != null && !host.isBlank();
    }

    boolean signsIn() {
        return user != null && !user.isBlank();
    }

    /** Jakarta Mail's session properties for these settings. */
    Properties sessionProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", host.strip());
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        properties.setProperty("mail.smtp.auth", Boolean.toString(signsIn()));
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.setProperty("mail.smtp.starttls.required", Boolean.toString(startTls));
        String millis = Long.toString(timeout.toMillis());
        properties.setProperty("mail.smtp.connectiontimeout", millis);
        properties.setProperty("mail.smtp.timeout", millis);
        properties.setProperty("mail.smtp.writetimeout", millis);
        return properties;
    }
}
