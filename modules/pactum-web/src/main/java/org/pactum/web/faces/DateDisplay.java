package org.pactum.web.faces;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How dates and times read on the pages. Russia and Kazakhstan both write dates as {@code 22.11.2025}; times are
 * shown in one configured zone with its offset, because the parties sit in different zones (Omsk UTC+6, Pavlodar
 * UTC+5) and a bare "10:15" would mean different moments to them.
 */
@ApplicationScoped
public class DateDisplay {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm '(UTC'xxx')'");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss '(UTC'xxx')'");

    @Inject
    @ConfigProperty(name = "pactum.ui.time-zone", defaultValue = "Asia/Omsk")
    String zoneName;

    private ZoneId zone;

    @PostConstruct
    void chooseZone() {
        zone = ZoneId.of(zoneName);
    }

    /** Dates as shown in the given zone, for code that runs without the container, such as a page's unit test. */
    public static DateDisplay in(String zoneName) {
        DateDisplay dates = new DateDisplay();
        dates.zoneName = zoneName;
        dates.chooseZone();
        return dates;
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /** With seconds, for the audit trail, where the order of events minutes apart matters. */
    public String dateTimeWithSeconds(Instant instant) {
        return instant == null ? "" : DATE_TIME_SECONDS.format(instant.atZone(zone));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /**
     * The first instant of a day as people in the shown zone count it, so a date typed into a filter means the same
     * day the times on the page are shown in.
     */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The zone times are shown in, e.g. {@code Asia/Omsk}. */
    public String zoneName() {
        return zone.getId();
    }
}
