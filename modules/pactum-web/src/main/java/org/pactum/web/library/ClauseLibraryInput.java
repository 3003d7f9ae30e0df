package org.pactum.web.library;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.pactum.domain.language.Language;
import org.pactum.domain.text.ArticleKeys;
import org.pactum.domain.text.Clause;
import org.pactum.web.json.LanguageCodes;
import org.pactum.web.json.WordingJson;

/**
 * The clause library as an administrator sends its next version.
 *
 * @param version required: the version edited (or send it as {@code If-Match})
 */
public record ClauseLibraryInput(@NotNull List<String> languages, @NotNull List<WordingJson.ClauseJson> clauses, Integer version) {

    List<Language> toLanguages() {
        return LanguageCodes.parse(languages);
    }

    /** Read like a wording's articles, so keys, languages and new articles follow the same rules. */
    List<Clause> toClauses(ArticleKeys keys) {
        return new WordingJson(null, null, null, clauses, null).toWording("", keys).clauses();
    }
}
