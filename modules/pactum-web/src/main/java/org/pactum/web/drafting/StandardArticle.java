package org.pactum.web.drafting;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import org.pactum.domain.language.Language;
import org.pactum.domain.text.Clause;
import org.pactum.web.faces.Shown;

/**
 * One article of the clause library as a page keeps it between requests: its key, and its heading and text per
 * language code. The domain's clause is not serializable, and a view must survive being stored with the session.
 */
public record StandardArticle(String key, Map<String, String> heading, Map<String, String> text) implements Serializable {

    public StandardArticle {
        heading = Map.copyOf(heading);
        text = Map.copyOf(text);
    }

    public static StandardArticle of(Clause clause) {
        Map<String, String> heading = new HashMap<>();
        Map<String, String> text = new HashMap<>();
        clause.heading().asMap().forEach((language, value) -> heading.put(language.code(), value));
        clause.text().asMap().forEach((language, value) -> text.put(language.code(), value));
        return new StandardArticle(clause.key(), heading, text);
    }

    /** The heading for a reader of {@code language}; another language's when the article lacks theirs. */
    public Shown headingFor(Language language) {
        return Shown.of(ClauseRow.localized(heading), language);
    }
}
