package org.pactum.domain.agreement;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How long an agreement runs. Interregional agreements usually take effect on the day of the last signature,
 * run for a number of years and renew themselves unless a party gives notice.
 */
public final class Term {

    public static final int MAX_YEARS = 99;

    // Not final: JPA maps these fields directly (see orm.xml in pactum-persistence).
    private LocalDate startsOn;
    private int years;
    private boolean autoRenewal;

    protected Term() {
    }

    /**
     * @param startsOn    the first day, or null for "the day of the last signature"
     * @param years       length of one term, 1 to {@value #MAX_YEARS}
     * @param autoRenewal whether it renews for the same length unless a party gives notice
     */
    public Term(LocalDate startsOn, int years, boolean autoRenewal) {
        this.startsOn = startsOn;
        this.years = years;
        this.autoRenewal = autoRenewal;
    }

    /** Empty when the agreement takes effect on the day of the last signature. */
    public Optional<LocalDate> startsOn() {
        return Optional.ofNullable(startsOn);
    }

    public int years() {
        return years;
    }

    public boolean autoRenewal() {
        return autoRenewal;
    }

    boolean isValid() {
        return years >= 1 && years <= MAX_YEARS;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Term that
                && years == that.years && autoRenewal == that.autoRenewal && Objects.equals(startsOn, that.startsOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startsOn, years, autoRenewal);
    }

    @Override
    public String toString() {
        return years + "y" + (autoRenewal ? "+renewal" : "") + (startsOn == null ? " from signature" : " from " + startsOn);
    }
}
