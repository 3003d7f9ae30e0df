package org.pactum.domain.text;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.pactum.domain.language.Language;

/**
 * The clauses of an agreement in the order they are numbered: the first is Article 1. Keys are unique, so a clause
 * can be found again after others were inserted before it.
 */
public record AgreementText(List<Clause> clauses) {

    public AgreementText {
        clauses = List.copyOf(Objects.requireNonNull(clauses, "clauses"));
        Set<String> keys = new HashSet<>();
        for (Clause clause : clauses) {
            if (!keys.add(clause.key())) {
                throw new IllegalArgumentException("clause key used twice: " + clause.key());
            }
        }
    }

    public static AgreementText of(Clause... clauses) {
        return new AgreementText(List.of(clauses));
    }

    public Optional<Clause> find(String key) {
        return clauses.stream().filter(clause -> clause.key().equals(key)).findFirst();
    }

    /** The keys of clauses not fully written in the language: empty when the text is complete in it. */
    public List<String> missingIn(Language language) {
        return clauses.stream().filter(clause -> !clause.isWrittenIn(language)).map(Clause::key).toList();
    }
}
