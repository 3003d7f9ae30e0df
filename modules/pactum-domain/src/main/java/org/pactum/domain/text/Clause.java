package org.pactum.domain.text;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;

/**
 * One article of an agreement: a heading and its paragraphs in each language. The key stays the same when clauses
 * are reordered or reworded, so comments, diffs and translations keep pointing at the same clause; the article's
 * number is its position in {@link AgreementText}, not part of the clause.
 *
 * @param key     stable identifier, e.g. {@code "subject"} or {@code "c-7"}: letters, digits, '-' and '_'
 * @param heading the article's heading, e.g. "Предмет Соглашения"
 * @param text    the article's paragraphs, separated by a blank line ({@value #PARAGRAPH_BREAK})
 */
public record Clause(String key, LocalizedText heading, LocalizedText text) {

    /** Between two paragraphs of a clause's text; a single line break stays inside a paragraph. */
    public static final String PARAGRAPH_BREAK = "\n\n";

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n\\s*");

    public Clause {
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a clause key is 1 to 64 letters, digits, '-' or '_': " + key);
        }
        heading = heading == null ? LocalizedText.empty() : heading;
        Objects.requireNonNull(text, "text");
    }

    /** The paragraphs in one language, trimmed, without empty ones; empty if the clause lacks that language. */
    public List<String> paragraphs(Language language) {
        return text.in(language)
                .map(value -> Arrays.stream(BLANK_LINES.split(value.replace("\r\n", "\n")))
                        .map(String::strip)
                        .filter(paragraph -> !paragraph.isEmpty())
                        .toList())
                .orElse(List.of());
    }

    /** Whether the clause has its text, and its heading if it has one at all, in the language. */
    public boolean isWrittenIn(Language language) {
        return text.has(language) && (heading.languages().isEmpty() || heading.has(language));
    }
}
