package org.pactum.web.faces;

import java.io.Serializable;
import java.util.List;

import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.Clause;

/**
 * One row of a text shown side by side, one column per language: an article, or a part around the articles such as
 * the preamble. Reading the languages row by row is how negotiators check that they say the same thing.
 *
 * @param labelKey bundle key naming a part around the articles; null for an article
 * @param number   the article's number (its position, from 1); 0 for other parts
 * @param key      the article's stable key; null for other parts
 */
public record ParallelRow(String labelKey, int number, String key, List<LanguageCell> cells) implements Serializable {

    public static ParallelRow article(int number, Clause clause, List<Language> languages) {
        return new ParallelRow(null, number, clause.key(), languages.stream()
                .map(language -> new LanguageCell(language.code(), clause.heading().in(language).orElse(""),
                        clause.text().in(language).orElse("")))
                .toList());
    }

    public static ParallelRow part(String labelKey, LocalizedText text, List<Language> languages) {
        return new ParallelRow(labelKey, 0, null, languages.stream()
                .map(language -> new LanguageCell(language.code(), "", text.in(language).orElse("")))
                .toList());
    }
}
