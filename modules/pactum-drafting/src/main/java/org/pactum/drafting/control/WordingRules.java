package org.pactum.drafting.control;

import java.util.List;

import org.pactum.domain.error.Violations;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.PlaceholderCheck;
import org.pactum.domain.text.Wording;

/**
 * What the drafting capability adds to the domain's rules for a wording: every placeholder must be one the filler
 * knows. Markup needs no rule: texts are printed as the characters they are, never interpreted.
 */
public final class WordingRules {

    private WordingRules() {
    }

    /** @param field the field name errors start with, e.g. {@code "wording"}; empty for none */
    public static Violations checkPlaceholders(String field, Wording wording, Violations violations) {
        String prefix = field.isEmpty() ? "" : field + ".";
        check(violations, prefix + "kindName", wording.kindName());
        check(violations, prefix + "placeAndDate", wording.placeAndDate());
        check(violations, prefix + "preamble", wording.preamble());
        List<Clause> clauses = wording.clauses();
        for (int i = 0; i < clauses.size(); i++) {
            check(violations, prefix + "clauses[" + i + "].heading", clauses.get(i).heading());
            check(violations, prefix + "clauses[" + i + "].text", clauses.get(i).text());
        }
        check(violations, prefix + "equallyAuthentic", wording.equallyAuthentic());
        return violations;
    }

    private static void check(Violations violations, String field, LocalizedText text) {
        text.asMap().forEach((language, value) -> PlaceholderCheck.mistakeIn(field + "." + language.code(), value)
                .ifPresent(violations::add));
    }
}
