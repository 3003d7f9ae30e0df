package org.pactum.web.registry;

import java.time.LocalDate;

import org.pactum.domain.agreement.Term;

/** @param startsOn absent when the agreement takes effect on the day of the last signature */
public record TermJson(LocalDate startsOn, int years, boolean autoRenewal) {

    static TermJson of(Term term) {
        return term == null ? null : new TermJson(term.startsOn().orElse(null), term.years(), term.autoRenewal());
    }

    Term toTerm() {
        return new Term(startsOn, years, autoRenewal);
    }
}
