package org.pactum.web.library;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.pactum.domain.language.Language;
import org.pactum.domain.text.Clause;
import org.pactum.web.drafting.ClauseRow;
import org.pactum.web.faces.Shown;

/**
 * One article of the clause library while an administrator edits it: a heading and a text per language, and its key.
 * The key of an article already in the library is fixed, because drafts that took the article in carry it; only a
 * new article's key is typed. Rows are told apart by a number of their own, since a new row's key may still be empty.
 */
public class LibraryArticleRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int id;
    private final boolean stored;
    private String key;
    private final Map<String, String> heading = new HashMap<>();
    private final Map<String, String> text = new HashMap<>();

    LibraryArticleRow(int id, String key, boolean stored) {
        this.id = id;
        this.key = key;
        this.stored = stored;
    }

    static LibraryArticleRow of(int id, Clause clause) {
        LibraryArticleRow row = new LibraryArticleRow(id, clause.key(), true);
        clause.heading().asMap().forEach((language, value) -> row.heading.put(language.code(), value));
        clause.text().asMap().forEach((language, value) -> row.text.put(language.code(), value));
        return row;
    }

    /**
     * The article in the given languages only: texts in a language the administrator unticked are not saved.
     *
     * @throws IllegalArgumentException if the key is not one a clause may have
     */
    Clause toClause(Collection<String> languages) {
        return new Clause(key == null ? "" : key.strip(), ClauseRow.localized(only(heading, languages)),
                ClauseRow.localized(only(text, languages)));
    }

    /** The heading for a reader of {@code language}; another language's when the article lacks theirs. */
    public Shown headingFor(Language language) {
        return Shown.of(ClauseRow.localized(heading), language);
    }

    private static Map<String, String> only(Map<String, String> texts, Collection<String> languages) {
        Map<String, String> kept = new HashMap<>(texts);
        kept.keySet().retainAll(languages);
        return kept;
    }

    public int getId() {
        return id;
    }

    /** Whether the article is in the saved library, so its key can no longer change. */
    public boolean isStored() {
        return stored;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        if (!stored) {
            this.key = key;
        }
    }

    public Map<String, String> getHeading() {
        return heading;
    }

    public Map<String, String> getText() {
        return text;
    }
}
