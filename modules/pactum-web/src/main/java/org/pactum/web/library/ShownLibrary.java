package org.pactum.web.library;

import java.io.Serializable;
import java.util.List;

import org.pactum.domain.language.Language;
import org.pactum.domain.template.ClauseLibrary;
import org.pactum.web.drafting.StandardArticle;

/**
 * One version of the clause library as its page shows it.
 *
 * @param languages the codes of the languages its articles are written in, in its order
 * @param savedBy   the display name of who saved it
 * @param savedAt   when, as the pages write times
 */
public record ShownLibrary(int version, List<String> languages, List<StandardArticle> articles, String savedBy, String savedAt)
        implements Serializable {

    public ShownLibrary {
        languages = List.copyOf(languages);
        articles = List.copyOf(articles);
    }

    static ShownLibrary of(ClauseLibrary library, String savedBy, String savedAt) {
        return new ShownLibrary(library.version(), library.languages().stream().map(Language::code).toList(),
                library.clauses().stream().map(StandardArticle::of).toList(), savedBy, savedAt);
    }
}
