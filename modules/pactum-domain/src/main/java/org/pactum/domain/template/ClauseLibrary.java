package org.pactum.domain.template;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.pactum.domain.language.Language;
import org.pactum.domain.text.Clause;

/**
 * One version of the library of standard articles — confidentiality, force majeure, amendments… — that any draft may
 * take in, whatever its template. Administrators keep it; a saved version is never changed.
 *
 * @param version   raised with every saved change
 * @param languages the languages every article is written in
 * @param clauses   the articles, in the order they are offered; keys are unique
 */
public record ClauseLibrary(int version, List<Language> languages, List<Clause> clauses, String savedBy, Instant savedAt) {

    public ClauseLibrary {
        if (version < 1) {
            throw new IllegalArgumentException("clause library versions start at 1, not " + version);
        }
        languages = List.copyOf(languages);
        clauses = List.copyOf(clauses);
        if (new HashSet<>(clauses.stream().map(Clause::key).toList()).size() != clauses.size()) {
            throw new IllegalArgumentException("a clause library uses each key once");
        }
        Objects.requireNonNull(savedBy, "savedBy");
        Objects.requireNonNull(savedAt, "savedAt");
    }

    public Optional<Clause> find(String key) {
        return clauses.stream().filter(clause -> clause.key().equals(key)).findFirst();
    }

    /** The same library under the next version number, with other articles: what an administrator's edit saves. */
    public ClauseLibrary next(List<Language> newLanguages, List<Clause> newClauses, String author, Instant now) {
        return new ClauseLibrary(version + 1, newLanguages, newClauses, author, now);
    }
}
