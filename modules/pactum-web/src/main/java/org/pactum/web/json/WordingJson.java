package org.pactum.web.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.Rule;
import org.pactum.domain.error.Violations;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.AgreementText;
import org.pactum.domain.text.ArticleKeys;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;

/**
 * An agreement's or a template's wording in JSON; texts keyed by language code. Placeholders such as
 * {@code {party1.organization}} stay as they are: they are filled when the text is printed.
 *
 * @param clauses the articles in their order; a clause without a key is new and gets one
 */
public record WordingJson(Map<String, String> kindName, Map<String, String> placeAndDate, Map<String, String> preamble,
                          List<ClauseJson> clauses, Map<String, String> equallyAuthentic) {

    /**
     * @param key stable across reordering and rewording: comments and comparisons follow it. Letters, digits, '-'
     *            and '_'; leave it out for a new article.
     */
    public record ClauseJson(String key, Map<String, String> heading, Map<String, String> text) {
    }

    public static WordingJson of(Wording wording) {
        return new WordingJson(LocalizedJson.of(wording.kindName()), LocalizedJson.of(wording.placeAndDate()),
                LocalizedJson.of(wording.preamble()),
                wording.clauses().stream().map(clause -> new ClauseJson(clause.key(), LocalizedJson.of(clause.heading()),
                        LocalizedJson.of(clause.text()))).toList(),
                LocalizedJson.of(wording.equallyAuthentic()));
    }

    /**
     * Lengths are the domain's rules (Wording#checkSizes); this reports what cannot even be read.
     *
     * @param field the field name errors start with, e.g. {@code "wording"}; empty for none
     * @param keys  the keys the articles carried before, which a new article must not take
     */
    public Wording toWording(String field, ArticleKeys keys) {
        String prefix = field.isEmpty() ? "" : field + ".";
        Violations violations = new Violations();
        List<ClauseJson> given = clauses == null ? List.of() : clauses;
        given.forEach(clause -> {
            if (clause != null && clause.key() != null && !clause.key().isBlank()) {
                keys.take(clause.key());
            }
        });
        List<Clause> parsed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            ClauseJson clause = given.get(i);
            String at = prefix + "clauses[" + i + "]";
            if (clause == null) {
                violations.add(at, Rule.REQUIRED, "must be an article, not null");
                continue;
            }
            String key = clause.key() == null || clause.key().isBlank() ? keys.next() : clause.key();
            if (!seen.add(key)) {
                violations.add(new FieldError(at + ".key", Rule.REPEATED, "the key " + key + " is used by an earlier article", key));
                continue;
            }
            try {
                parsed.add(new Clause(key, texts(at + ".heading", clause.heading(), violations),
                        texts(at + ".text", clause.text(), violations)));
            } catch (IllegalArgumentException e) {
                violations.add(at + ".key", Rule.MALFORMED, e.getMessage());
            }
        }
        Wording wording = new Wording(texts(prefix + "kindName", kindName, violations),
                texts(prefix + "placeAndDate", placeAndDate, violations), texts(prefix + "preamble", preamble, violations),
                new AgreementText(parsed), texts(prefix + "equallyAuthentic", equallyAuthentic, violations));
        violations.throwIfAny();
        return wording;
    }

    private static LocalizedText texts(String field, Map<String, String> json, Violations violations) {
        return LocalizedJson.parseAnyLength(field, json, violations);
    }
}
