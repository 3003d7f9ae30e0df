package org.pactum.web.revisions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.pactum.drafting.entity.FieldChange;
import org.pactum.web.faces.DateDisplay;

/**
 * A changed field of an agreement in the reader's words: "Сторона 2: подписант (на казахском)" rather than the stored
 * name {@code parties[1].signatoryName.kk}, and kinds, languages, areas and dates as the other pages show them.
 *
 * @param name   the stored name, for a test or a curious reader (it is the page's title attribute)
 * @param before empty when the field was added
 * @param after  empty when the field was removed
 */
public record FieldChangeLine(String name, String label, String before, String after) {

    private static final Pattern PARTY = Pattern.compile("parties\\[(\\d+)]\\.(.+)");
    private static final Pattern LANGUAGE = Pattern.compile("(.+)\\.(ru|kk|en)");

    /**
     * @param texts the interface's sentences by bundle key, e.g. {@code PageMessages::text}
     * @param date  an ISO date as the pages show dates
     */
    static FieldChangeLine of(FieldChange change, BiFunction<String, Object[], String> texts, UnaryOperator<String> date) {
        String rest = change.name();
        Integer party = null;
        Matcher partyField = PARTY.matcher(rest);
        if (partyField.matches()) {
            party = Integer.parseInt(partyField.group(1)) + 1;
            rest = partyField.group(2);
        }
        String language = null;
        Matcher inLanguage = LANGUAGE.matcher(rest);
        if (inLanguage.matches()) {
            rest = inLanguage.group(1);
            language = inLanguage.group(2);
        }
        String base = rest;
        String label = textOr(texts, "changes.field." + base, base);
        if (language != null) {
            label = texts.apply("changes.field.inLanguage", new Object[] {label, texts.apply("template.in." + language, new Object[0])});
        }
        if (party != null) {
            label = texts.apply("changes.field.party", new Object[] {party, label});
        }
        return new FieldChangeLine(change.name(), label, value(base, change.before(), texts, date),
                value(base, change.after(), texts, date));
    }

    private static String value(String field, String stored, BiFunction<String, Object[], String> texts, UnaryOperator<String> date) {
        if (stored == null || stored.isEmpty()) {
            return "";
        }
        return switch (field) {
            case "kind" -> textOr(texts, "kind." + stored, stored);
            case "languages" -> each(stored, "language.", texts);
            case "areas" -> each(stored, "area.", texts);
            case "term.autoRenewal" -> textOr(texts, "changes.value." + stored, stored);
            case "term.startsOn" -> date.apply(stored);
            default -> stored;
        };
    }

    private static String each(String stored, String prefix, BiFunction<String, Object[], String> texts) {
        return Arrays.stream(stored.split(",")).map(String::strip).filter(item -> !item.isEmpty())
                .map(item -> textOr(texts, prefix + item, item)).collect(Collectors.joining(", "));
    }

    private static String textOr(BiFunction<String, Object[], String> texts, String key, String otherwise) {
        String text = texts.apply(key, new Object[0]);
        return text.equals(key) ? otherwise : text;
    }

    /** Turns a stored ISO date into the pages' form; anything else stays as stored. */
    static UnaryOperator<String> dates(DateDisplay dates) {
        return iso -> {
            try {
                return dates.date(LocalDate.parse(iso));
            } catch (DateTimeParseException e) {
                return iso;
            }
        };
    }
}
