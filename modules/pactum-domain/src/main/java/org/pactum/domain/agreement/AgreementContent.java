package org.pactum.domain.agreement;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.pactum.domain.error.Rule;
import org.pactum.domain.error.Violations;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.party.Party;
import org.pactum.domain.printable.PrintableText;
import org.pactum.domain.printable.TextShape;

/** Everything a drafter decides about an agreement; validated as a whole so every problem is reported at once. */
public record AgreementContent(AgreementKind kind, List<Language> languages, LocalizedText title, List<Party> parties,
                               Set<CooperationArea> areas, Term term) {

    public static final int MAX_LANGUAGES = 3;
    public static final int MAX_PARTIES = 20;

    public AgreementContent {
        languages = languages == null ? List.of() : List.copyOf(languages);
        parties = parties == null ? List.of() : List.copyOf(parties);
        areas = areas == null ? Set.of() : Set.copyOf(areas);
    }

    public void validate() {
        check(new Violations()).throwIfAny();
    }

    /** Adds every broken rule to the violations. */
    public Violations check(Violations violations) {
        violations
                .check(kind != null, "kind", Rule.REQUIRED, "must be given")
                .check(!languages.isEmpty() && languages.size() <= MAX_LANGUAGES, "languages", Rule.OUT_OF_RANGE, "must name one to three languages")
                .check(new HashSet<>(languages).size() == languages.size(), "languages", Rule.REPEATED, "must not repeat a language")
                .check(parties.size() >= 2, "parties", Rule.TOO_FEW, 2, "an agreement needs at least two parties")
                .check(parties.size() <= MAX_PARTIES, "parties", Rule.TOO_MANY, MAX_PARTIES, "an agreement can have at most " + MAX_PARTIES + " parties")
                .check(new HashSet<>(parties).size() == parties.size(), "parties", Rule.REPEATED, "must not name the same party twice")
                .check(!areas.isEmpty(), "areas", Rule.REQUIRED, "must name at least one area of cooperation")
                .check(term != null && term.isValid(), "term.years", Rule.OUT_OF_RANGE, "must be between 1 and " + Term.MAX_YEARS);
        PrintableText.check(violations, "title", title, TextShape.LINE);
        for (Language language : languages) {
            String code = language.code();
            violations.check(title != null && title.has(language), "title." + code, Rule.NOT_TRANSLATED, "must not be blank in a language of the agreement");
            violations.check(title == null || title.in(language).orElse("").length() <= LocalizedText.MAX_LENGTH,
                    "title." + code, Rule.TOO_LONG, LocalizedText.MAX_LENGTH, "must be at most " + LocalizedText.MAX_LENGTH + " characters");
            for (int i = 0; i < parties.size(); i++) {
                violations.check(parties.get(i).isDescribedIn(language), "parties[" + i + "]", Rule.NOT_TRANSLATED,
                        "the party's organisation, signatory and position must be given in " + code);
            }
        }
        return violations;
    }
}
