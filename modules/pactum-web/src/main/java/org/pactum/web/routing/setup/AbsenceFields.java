package org.pactum.web.routing.setup;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;

/** A new absence as its form holds it: who is away (an administrator picks; others are themselves), deputy, days. */
public class AbsenceFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String account = "";
    private String deputy = "";
    private String firstDay = "";
    private String lastDay = "";

    /** A day as a date field sends it ({@code 2026-12-24}); empty is null, for the domain to call missing. */
    static LocalDate day(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, Rule.MALFORMED, "a date such as 2026-12-24");
        }
    }

    static String orNull(String chosen) {
        return chosen == null || chosen.isBlank() ? null : chosen;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public String getDeputy() {
        return deputy;
    }

    public void setDeputy(String deputy) {
        this.deputy = deputy;
    }

    public String getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(String firstDay) {
        this.firstDay = firstDay;
    }

    public String getLastDay() {
        return lastDay;
    }

    public void setLastDay(String lastDay) {
        this.lastDay = lastDay;
    }
}
