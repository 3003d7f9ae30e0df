package org.pactum.domain.route;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.pactum.domain.error.Rule;
import org.pactum.domain.error.Violations;

/**
 * An approver away for a period, and the deputy who decides their tasks meanwhile — shown as "deputy on behalf of
 * approver". The days are the administration's calendar days, inclusive.
 */
public class Absence {

    private Long id;
    private String account;
    private String deputy;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private String recordedBy;
    private Instant recordedAt;

    protected Absence() {
    }

    public static Absence of(String account, String deputy, LocalDate firstDay, LocalDate lastDay, String recordedBy,
                             Instant now) {
        new Violations()
                .check(Approver.isName(account), "account", Rule.MALFORMED, "must be an account")
                .check(Approver.isName(deputy), "deputy", Rule.MALFORMED, "must be an account")
                .check(deputy == null || !deputy.equals(account), "deputy", Rule.MISMATCH,
                        "someone else stands in for an absent approver")
                .check(firstDay != null, "firstDay", Rule.REQUIRED, "the first day away")
                .check(lastDay != null, "lastDay", Rule.REQUIRED, "the last day away")
                .check(firstDay == null || lastDay == null || !lastDay.isBefore(firstDay), "lastDay",
                        Rule.OUT_OF_RANGE, "cannot come before the first day")
                .throwIfAny();
        Absence absence = new Absence();
        absence.account = account;
        absence.deputy = deputy;
        absence.firstDay = firstDay;
        absence.lastDay = lastDay;
        absence.recordedBy = recordedBy;
        absence.recordedAt = now;
        return absence;
    }

    public boolean covers(Instant moment, ZoneId zone) {
        LocalDate day = moment.atZone(zone).toLocalDate();
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public Long id() {
        return id;
    }

    public String account() {
        return account;
    }

    public String deputy() {
        return deputy;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
