package org.pactum.web.ui;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.Wording;
import org.pactum.drafting.control.Placeholder;
import org.pactum.drafting.control.PlaceholderCheck;

/**
 * Turns the clause library's invalid fields ({@code languages}, {@code clauses[1].en}, {@code clauses[0].text.kk},
 * {@code clauses[2].key}) into sentences in the user's language, each next to the article and language it is about,
 * naming both, so the sentence still reads right when the page is long. One field path stands for several rules (too
 * long, a wrong placeholder; a missing, malformed or repeated key), so which one it was is read off what was typed.
 */
final class LibraryProblems {

    private static final Pattern INCOMPLETE = Pattern.compile("clauses\\[(\\d+)]\\.([a-z]{2})");
    private static final Pattern PART = Pattern.compile("clauses\\[(\\d+)]\\.(heading|text)\\.([a-z]{2})");
    private static final Pattern KEY = Pattern.compile("clauses\\[(\\d+)]\\.key");

    private final String form;
    private final ClauseLibraryForm library;
    private final Language reader;

    private LibraryProblems(String form, ClauseLibraryForm library, Language reader) {
        this.form = form;
        this.library = library;
        this.reader = reader;
    }

    /**
     * @param form   the client id of the edit form
     * @param reader the language the page is read in, for the article's heading in the sentences
     */
    static void show(InvalidInputException invalid, String form, ClauseLibraryForm library, Language reader) {
        LibraryProblems problems = new LibraryProblems(form, library, reader);
        invalid.errors().stream().map(FieldError::field).distinct().forEach(problems::show);
        PageMessages.error("library.notSaved");
    }

    private void show(String field) {
        Matcher matcher;
        if (field.equals("languages")) {
            PageMessages.fieldError(form + ":languages", "draft.error.languages");
        } else if (field.equals("clauses")) {
            PageMessages.error("library.error.clauses", String.valueOf(Wording.MAX_CLAUSES));
        } else if ((matcher = KEY.matcher(field)).matches()) {
            key(Integer.parseInt(matcher.group(1)));
        } else if ((matcher = INCOMPLETE.matcher(field)).matches()) {
            int index = Integer.parseInt(matcher.group(1));
            String code = matcher.group(2);
            atCell(index, code, "text", "library.error.incomplete", article(index), languageName(code));
        } else if ((matcher = PART.matcher(field)).matches()) {
            part(field, Integer.parseInt(matcher.group(1)), matcher.group(2).equals("heading"), matcher.group(3));
        } else {
            PageMessages.error("error.invalidField", field);
        }
    }

    private void key(int index) {
        Optional<LibraryArticleRow> row = row(index);
        String key = row.map(LibraryArticleRow::getKey).map(String::strip).orElse("");
        String clientId = form + ":articles:" + index + ":key";
        if (key.isEmpty()) {
            PageMessages.fieldError(clientId, "library.error.keyMissing");
        } else if (library.getRows().stream().limit(index).anyMatch(earlier -> key.equals(strip(earlier.getKey())))) {
            PageMessages.fieldError(clientId, "library.error.keyTaken", key);
        } else {
            PageMessages.fieldError(clientId, "library.error.key");
        }
    }

    /** A heading or text that is too long or holds a placeholder mistake. */
    private void part(String field, int index, boolean heading, String code) {
        String value = typed(index, heading, code);
        String name = heading ? PageMessages.text("library.part.heading", article(index)) : article(index);
        int limit = heading ? LocalizedText.MAX_LENGTH : Wording.MAX_CLAUSE_LENGTH;
        String input = heading ? "heading" : "text";
        if (value.length() > limit) {
            atCell(index, code, input, "draft.error.tooLong", name, languageName(code), String.valueOf(limit));
        } else if (PlaceholderCheck.mistakeIn(value).isPresent()) {
            atCell(index, code, input, "draft.error.placeholder", name, languageName(code), Placeholder.tokens());
        } else {
            PageMessages.error("error.invalidField", field);
        }
    }

    /** What was typed, as the library received it: trimmed, with the line breaks it keeps. */
    private String typed(int index, boolean heading, String code) {
        String typed = row(index).map(row -> (heading ? row.getHeading() : row.getText()).get(code)).orElse(null);
        LocalizedText received = ClauseRow.localized(Collections.singletonMap(code, typed));
        return Language.fromCode(code).flatMap(received::in).orElse("");
    }

    /** Next to the language's heading or text in the article's row; a page message if that column is not shown. */
    private void atCell(int index, String code, String input, String key, Object... arguments) {
        int column = library.getColumns().indexOf(code);
        if (column < 0) {
            PageMessages.error(key, arguments);
        } else {
            PageMessages.fieldError(form + ":articles:" + index + ":cells:" + column + ":" + input, key, arguments);
        }
    }

    /** "Article 2 «Force majeure»", with the heading as typed, in the reader's language where it has one. */
    private String article(int index) {
        String heading = row(index).map(row -> row.headingFor(reader).text()).orElse("");
        return heading.isEmpty() ? PageMessages.text("library.article.number", index + 1)
                : PageMessages.text("library.article.named", index + 1, heading);
    }

    private Optional<LibraryArticleRow> row(int index) {
        List<LibraryArticleRow> rows = library.getRows();
        return index < rows.size() ? Optional.of(rows.get(index)) : Optional.empty();
    }

    private static String strip(String key) {
        return key == null ? "" : key.strip();
    }

    private static String languageName(String code) {
        return PageMessages.text("language." + code);
    }
}
