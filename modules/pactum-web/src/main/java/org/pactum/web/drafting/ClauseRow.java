package org.pactum.web.drafting;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.Clause;
import org.pactum.web.faces.Shown;

/**
 * One article in the editor: one row of the side-by-side table, a heading and a text per language. The row is the
 * clause, so the languages cannot drift apart when articles are moved, and the key goes with it wherever it moves.
 */
public class ClauseRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final Map<String, String> heading = new HashMap<>();
    private final Map<String, String> text = new HashMap<>();

    ClauseRow(String key) {
        this.key = key;
    }

    static ClauseRow of(Clause clause) {
        ClauseRow row = new ClauseRow(clause.key());
        clause.heading().asMap().forEach((language, value) -> row.heading.put(language.code(), value));
        clause.text().asMap().forEach((language, value) -> row.text.put(language.code(), value));
        return row;
    }

    Clause toClause() {
        return new Clause(key, localized(heading), localized(text));
    }

    /**
     * Whether the language still lacks this article's text, or its heading while other languages have one: what
     * blocks submitting, marked in the editor as a missing translation.
     */
    public boolean isMissing(String language) {
        boolean headed = heading.values().stream().anyMatch(ClauseRow::written);
        return !written(text.get(language)) || headed && !written(heading.get(language));
    }

    /**
     * The texts as the domain keeps them. Browsers send a textarea's line breaks as CR LF; the wording separates
     * paragraphs with LF, and an untouched article must compare equal to the saved one, or every save would seem to
     * reword every article of more than one paragraph.
     */
    public static LocalizedText localized(Map<String, String> texts) {
        Map<Language, String> byLanguage = new EnumMap<>(Language.class);
        texts.forEach((code, value) -> Language.fromCode(code).ifPresent(language ->
                byLanguage.put(language, value == null ? null : value.replace("\r\n", "\n").replace('\r', '\n'))));
        return LocalizedText.of(byLanguage);
    }

    /** The heading for a reader of {@code language}; another language's when the article lacks theirs. */
    public Shown headingFor(Language language) {
        return Shown.of(localized(heading), language);
    }

    private static boolean written(String value) {
        return value != null && !value.isBlank();
    }

    public String getKey() {
        return key;
    }

    public Map<String, String> getHeading() {
        return heading;
    }

    public Map<String, String> getText() {
        return text;
    }
}
