package org.pactum.registry.boundary;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.Config;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.Registration;
import org.pactum.domain.agreement.RegistrationCounters;
import org.pactum.domain.agreement.RegistrationFormat;

/**
 * Gives approved agreements their registration number and date, the way an administration registers its outgoing
 * documents. The settings ({@code pactum.registration.*}, docs/operations.md) are read and checked once, when the
 * application starts, so a wrong pattern stops the deployment instead of the first approval.
 */
@ApplicationScoped
public class RegistrationNumbers {

    static final String PATTERN = "pactum.registration.pattern";
    static final String SERIAL_DIGITS = "pactum.registration.serial-digits";
    static final String PREFIX = "pactum.registration.prefix.";
    static final String TIME_ZONE = "pactum.registration.time-zone";
    static final String UI_TIME_ZONE = "pactum.ui.time-zone";
    static final String DEFAULT_TIME_ZONE = "Asia/Omsk";

    @Inject
    Config config;

    @Inject
    RegistrationCounters counters;

    private RegistrationFormat format;
    private ZoneId zone;

    @PostConstruct
    void readSettings() {
        Map<AgreementKind, String> prefixes = new EnumMap<>(AgreementKind.class);
        for (AgreementKind kind : AgreementKind.values()) {
            prefixes.put(kind, config.getOptionalValue(PREFIX + kind.name(), String.class)
                    .map(String::strip)
                    .orElse(RegistrationFormat.defaultPrefixes().get(kind)));
        }
        String pattern = config.getOptionalValue(PATTERN, String.class).map(String::strip).orElse(RegistrationFormat.DEFAULT_PATTERN);
        String digits = config.getOptionalValue(SERIAL_DIGITS, String.class).map(String::strip)
                .orElse(String.valueOf(RegistrationFormat.DEFAULT_SERIAL_DIGITS));
        try {
            format = new RegistrationFormat(pattern, prefixes, Integer.parseInt(digits));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(SERIAL_DIGITS + " must be a whole number of digits, not '" + digits + "'", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage() + ". Check " + PATTERN + ", " + SERIAL_DIGITS + " and " + PREFIX
                    + "<KIND> (docs/operations.md).", e);
        }
        String zoneName = config.getOptionalValue(TIME_ZONE, String.class)
                .or(() -> config.getOptionalValue(UI_TIME_ZONE, String.class))
                .map(String::strip)
                .orElse(DEFAULT_TIME_ZONE);
        try {
            zone = ZoneId.of(zoneName);
        } catch (DateTimeException e) {
            throw new IllegalStateException(TIME_ZONE + " must be a time zone such as Asia/Omsk, not '" + zoneName + "'", e);
        }
    }

    /**
     * The registration of an agreement of {@code kind} approved at {@code approvedAt}: dated that day where the
     * administration sits, with the next serial of that day's year. Only inside the approving transaction, so the
     * serial is given back if the approval rolls back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Registration register(AgreementKind kind, Instant approvedAt) {
        LocalDate date = approvedAt.atZone(zone).toLocalDate();
        return format.registration(kind, date, counters.next(date.getYear(), kind));
    }

    /** What the numbers look like, for the start-up log: e.g. {@code МС-2026/001 (Asia/Omsk)}. */
    public String example(Instant now) {
        return format.format(AgreementKind.MEMORANDUM_OF_COOPERATION, now.atZone(zone).getYear(), 1) + " (" + zone.getId() + ")";
    }
}
