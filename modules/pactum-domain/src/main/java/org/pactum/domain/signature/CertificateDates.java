package org.pactum.domain.signature;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Instants as the certificate refusals write them to a user: to the minute, in UTC, saying so. */
final class CertificateDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private CertificateDates() {
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
