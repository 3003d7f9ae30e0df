package org.pactum.web.templates;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.Clause;

/**
 * One article in the template editor: its heading and text per language code, as typed, and what is wrong with them
 * after a refused save ({@code problems}, keyed {@code heading.kk}, {@code text.ru}). The key is kept from the stored
 * article so that comments and comparisons keep following it; a new article has none until it is saved.
 */
public class ArticleFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final Map<String, String> heading = new HashMap<>();
    private final Map<String, String> text = new HashMap<>();
    private final Map<String, String> problems = new HashMap<>();

    private ArticleFields(String key) {
        this.key = key;
    }

    static ArticleFields blank() {
        return new ArticleFields(null);
    }

    static ArticleFields of(Clause clause) {
        ArticleFields fields = new ArticleFields(clause.key());
        clause.heading().asMap().forEach((language, value) -> fields.heading.put(language.code(), value));
        clause.text().asMap().forEach((language, value) -> fields.text.put(language.code(), value));
        return fields;
    }

    /** The article with the texts of the given languages only; a language left out keeps its text in the form. */
    Clause toClause(String newKey, Iterable<Language> languages) {
        return new Clause(key == null ? newKey : key, texts(heading, languages), texts(text, languages));
    }

    /** The typed texts of the given languages; blank ones count as absent, as everywhere in the domain. */
    static LocalizedText texts(Map<String, String> typed, Iterable<Language> languages) {
        Map<Language, String> kept = new EnumMap<>(Language.class);
        for (Language language : languages) {
            String value = typed.get(language.code());
            if (value != null) {
                kept.put(language, value);
            }
        }
        return LocalizedText.of(kept);
    }

    /** The heading in a language, for naming the article in a message. */
    String headingIn(String code) {
        return heading.getOrDefault(code, "");
    }

    public String getKey() {
        return key;
    }

    public boolean isNew() {
        return key == null;
    }

    public Map<String, String> getHeading() {
        return heading;
    }

    public Map<String, String> getText() {
        return text;
    }

    public Map<String, String> getProblems() {
        return problems;
    }
}
