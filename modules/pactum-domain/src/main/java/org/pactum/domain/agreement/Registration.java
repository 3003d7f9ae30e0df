package org.pactum.domain.agreement;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The entry an approved agreement receives in the register of outgoing documents, like an administration's
 * outgoing letters: a number such as {@code МС-2026/017} and the date it was given. Serials run without gaps per
 * calendar year and kind of agreement.
 */
public final class Registration {

    // Not final: JPA maps these fields directly (see orm.xml in pactum-persistence).
    private String number;
    private LocalDate date;
    private int year;
    private AgreementKind kind;
    private long serial;

    protected Registration() {
    }

    /**
     * @param number the formatted number, see {@link RegistrationFormat}
     * @param date   the registration day where the administration sits; its year is the year of the sequence
     * @param serial position in the sequence of {@code kind} for that year, from 1
     */
    public Registration(String number, LocalDate date, AgreementKind kind, long serial) {
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("a registration needs a number");
        }
        if (serial < 1) {
            throw new IllegalArgumentException("registration serials start at 1, not " + serial);
        }
        this.number = number;
        this.date = Objects.requireNonNull(date, "date");
        this.year = date.getYear();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.serial = serial;
    }

    public String number() {
        return number;
    }

    public LocalDate date() {
        return date;
    }

    /** The calendar year whose sequence the serial belongs to: that of {@link #date()}. */
    public int year() {
        return year;
    }

    public AgreementKind kind() {
        return kind;
    }

    public long serial() {
        return serial;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Registration that && serial == that.serial && year == that.year && kind == that.kind
                && Objects.equals(number, that.number) && Objects.equals(date, that.date);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, date, kind, serial);
    }

    @Override
    public String toString() {
        return number + " of " + date;
    }
}
