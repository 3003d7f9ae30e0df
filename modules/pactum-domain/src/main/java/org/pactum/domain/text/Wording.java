package org.pactum.domain.text;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.pactum.domain.error.Rule;
import org.pactum.domain.error.Violations;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.printable.PrintableText;
import org.pactum.domain.printable.TextShape;

/**
 * Everything an agreement says in words, around its title and signature blocks: the line naming its kind, place and
 * date, the preamble naming the parties, the articles, and the closing statement that the texts are equally
 * authentic. Texts may hold placeholders such as {@code {party1.organization}}, filled from the agreement's fields
 * whenever it is printed, so editing a party never leaves a stale name in the text.
 */
public record Wording(LocalizedText kindName, LocalizedText placeAndDate, LocalizedText preamble, AgreementText text,
                     LocalizedText equallyAuthentic) {

    /** More articles than any interregional agreement has; keeps a page of the editor and a PDF bounded. */
    public static final int MAX_CLAUSES = 200;
    /** One article in one language: about eight printed pages. */
    public static final int MAX_CLAUSE_LENGTH = 20_000;
    /** The preamble and the closing statement, per language. */
    public static final int MAX_PARAGRAPH_LENGTH = 5_000;
    /** All texts in all languages together: some 400 printed pages, far beyond any agreement. */
    public static final int MAX_TOTAL_LENGTH = 1_000_000;

    public Wording {
        kindName = orEmpty(kindName);
        placeAndDate = orEmpty(placeAndDate);
        preamble = orEmpty(preamble);
        text = text == null ? new AgreementText(List.of()) : text;
        equallyAuthentic = orEmpty(equallyAuthentic);
    }

    /** No text at all: a draft written from scratch starts here. */
    public static Wording empty() {
        return new Wording(null, null, null, null, null);
    }

    public List<Clause> clauses() {
        return text.clauses();
    }

    /** The same wording with only the given languages kept: what a draft in those languages starts from. */
    public Wording in(List<Language> languages) {
        return new Wording(keep(kindName, languages), keep(placeAndDate, languages), keep(preamble, languages),
                new AgreementText(clauses().stream()
                        .map(clause -> new Clause(clause.key(), keep(clause.heading(), languages), keep(clause.text(), languages)))
                        .toList()),
                keep(equallyAuthentic, languages));
    }

    /**
     * Checks the sizes a draft may have at any time. A translation may still be missing while drafting; see
     * {@link #checkComplete}.
     *
     * @param field the field name the errors start with, e.g. {@code "wording"}; empty for none
     */
    public Violations checkSizes(String field, Violations violations) {
        String prefix = field.isEmpty() ? "" : field + ".";
        List<Clause> clauses = clauses();
        long total = totalLength();
        violations.check(total <= MAX_TOTAL_LENGTH, field.isEmpty() ? "clauses" : field, Rule.TOO_LONG, MAX_TOTAL_LENGTH, "the wording has " + total + " characters; at most "
                + MAX_TOTAL_LENGTH + " are accepted");
        violations.check(clauses.size() <= MAX_CLAUSES, prefix + "clauses", Rule.TOO_MANY, MAX_CLAUSES, "an agreement can have at most " + MAX_CLAUSES + " articles");
        checkLength(violations, prefix + "kindName", kindName, LocalizedText.MAX_LENGTH);
        checkLength(violations, prefix + "placeAndDate", placeAndDate, LocalizedText.MAX_LENGTH);
        checkLength(violations, prefix + "preamble", preamble, MAX_PARAGRAPH_LENGTH);
        checkLength(violations, prefix + "equallyAuthentic", equallyAuthentic, MAX_PARAGRAPH_LENGTH);
        for (int i = 0; i < Math.min(clauses.size(), MAX_CLAUSES); i++) {
            Clause clause = clauses.get(i);
            checkLength(violations, prefix + "clauses[" + i + "].heading", clause.heading(), LocalizedText.MAX_LENGTH);
            checkLength(violations, prefix + "clauses[" + i + "].text", clause.text(), MAX_CLAUSE_LENGTH);
        }
        return violations;
    }

    /**
     * Checks that every text holds only characters a text may hold and the PDF can print ({@link PrintableText}): the
     * kind, place and headings one line each, the preamble, articles and closing statement in paragraphs.
     *
     * @param field the field name the errors start with, e.g. {@code "wording"}; empty for none
     */
    public Violations checkCharacters(String field, Violations violations) {
        String prefix = field.isEmpty() ? "" : field + ".";
        PrintableText.check(violations, prefix + "kindName", kindName, TextShape.LINE);
        PrintableText.check(violations, prefix + "placeAndDate", placeAndDate, TextShape.LINE);
        PrintableText.check(violations, prefix + "preamble", preamble, TextShape.PARAGRAPHS);
        PrintableText.check(violations, prefix + "equallyAuthentic", equallyAuthentic, TextShape.PARAGRAPHS);
        List<Clause> clauses = clauses();
        for (int i = 0; i < Math.min(clauses.size(), MAX_CLAUSES); i++) {
            PrintableText.check(violations, prefix + "clauses[" + i + "].heading", clauses.get(i).heading(), TextShape.LINE);
            PrintableText.check(violations, prefix + "clauses[" + i + "].text", clauses.get(i).text(), TextShape.PARAGRAPHS);
        }
        return violations;
    }

    /**
     * Checks that every article, and the preamble, is written in every language of the agreement: the condition for
     * submitting it, because each language's text is equally authentic.
     */
    public Violations checkComplete(String field, List<Language> languages, Violations violations) {
        String prefix = field.isEmpty() ? "" : field + ".";
        violations.check(!clauses().isEmpty(), prefix + "clauses", Rule.TOO_FEW, 1, "an agreement needs at least one article");
        for (Language language : languages) {
            String code = language.code();
            violations.check(preamble.has(language), prefix + "preamble." + code, Rule.NOT_TRANSLATED, "the preamble is not written in " + code + " yet");
            List<Clause> clauses = clauses();
            for (int i = 0; i < clauses.size(); i++) {
                Clause clause = clauses.get(i);
                violations.check(clause.text().has(language), prefix + "clauses[" + i + "].text." + code, Rule.NOT_TRANSLATED,
                        "article " + (i + 1) + " is not written in " + code + " yet");
                violations.check(clause.heading().languages().isEmpty() || clause.heading().has(language),
                        prefix + "clauses[" + i + "].heading." + code, Rule.NOT_TRANSLATED, "the heading of article " + (i + 1) + " is not written in " + code + " yet");
            }
            violations.check(languages.size() < 2 || equallyAuthentic.has(language), prefix + "equallyAuthentic." + code, Rule.NOT_TRANSLATED,
                    "an agreement in several languages says in each that the texts are equally authentic");
        }
        return violations;
    }

    private long totalLength() {
        long total = 0;
        for (LocalizedText text : List.of(kindName, placeAndDate, preamble, equallyAuthentic)) {
            total += length(text);
        }
        for (Clause clause : clauses()) {
            total += length(clause.heading()) + length(clause.text());
        }
        return total;
    }

    private static long length(LocalizedText text) {
        return text.asMap().values().stream().mapToLong(String::length).sum();
    }

    private static void checkLength(Violations violations, String field, LocalizedText text, int max) {
        text.asMap().forEach((language, value) -> violations.check(value.length() <= max, field + "." + language.code(), Rule.TOO_LONG, max,
                "must be at most " + max + " characters, not " + value.length()));
    }

    private static LocalizedText keep(LocalizedText text, List<Language> languages) {
        Map<Language, String> kept = new EnumMap<>(Language.class);
        text.asMap().forEach((language, value) -> {
            if (languages.contains(language)) {
                kept.put(language, value);
            }
        });
        return LocalizedText.of(kept);
    }

    private static LocalizedText orEmpty(LocalizedText text) {
        return text == null ? LocalizedText.empty() : text;
    }
}
