package org.pactum.web.library;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.language.Language;
import org.pactum.domain.text.Wording;
import org.pactum.web.faces.PageMessages;
import org.pactum.web.faces.RuleMessages;

/**
 * Turns the clause library's invalid fields ({@code languages}, {@code clauses[1].en}, {@code clauses[0].text.kk},
 * {@code clauses[2].key}) into sentences in the user's language, each next to the article and language it is about,
 * naming both, so the sentence still reads right when the page is long; what is wrong is worded from the rule the
 * error names ({@link RuleMessages}).
 */
final class LibraryProblems {

    private static final Pattern INCOMPLETE = Pattern.compile("clauses\\[(\\d+)]\\.([a-z]{2})");
    private static final Pattern PART = Pattern.compile("clauses\\[(\\d+)]\\.(heading|text)\\.([a-z]{2})");
    private static final Pattern KEY = Pattern.compile("clauses\\[(\\d+)]\\.key");

    private final String form;
    private final ClauseLibraryForm library;
    private final Language reader;
    private final RuleMessages rules = RuleMessages.ofPage();

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
        invalid.errors().stream().distinct().forEach(problems::show);
        PageMessages.error("library.notSaved");
    }

    private void show(FieldError error) {
        String field = error.field();
        Matcher matcher;
        if (field.equals("languages")) {
            PageMessages.fieldError(form + ":languages", "draft.error.languages");
        } else if (field.equals("clauses")) {
            PageMessages.error("library.error.clauses", String.valueOf(Wording.MAX_CLAUSES));
        } else if ((matcher = KEY.matcher(field)).matches()) {
            key(error, Integer.parseInt(matcher.group(1)));
        } else if ((matcher = INCOMPLETE.matcher(field)).matches()) {
            int index = Integer.parseInt(matcher.group(1));
            String code = matcher.group(2);
            atCell(index, code, "text", rules.sentence(article(index) + " — " + languageName(code), error));
        } else if ((matcher = PART.matcher(field)).matches()) {
            int index = Integer.parseInt(matcher.group(1));
            boolean heading = matcher.group(2).equals("heading");
            String name = heading ? PageMessages.text("library.part.heading", article(index)) : article(index);
            String code = matcher.group(3);
            atCell(index, code, heading ? "heading" : "text", rules.sentence(name + " — " + languageName(code), error));
        } else {
            PageMessages.error("error.invalidField", field);
        }
    }

    private void key(FieldError error, int index) {
        String clientId = form + ":articles:" + index + ":key";
        switch (error.rule()) {
            case REQUIRED -> PageMessages.fieldError(clientId, "library.error.keyMissing");
            case REPEATED -> PageMessages.fieldError(clientId, "library.error.keyTaken", error.detail());
            default -> PageMessages.fieldError(clientId, "library.error.key");
        }
    }

    /** Next to the language's heading or text in the article's row; a page message if that column is not shown. */
    private void atCell(int index, String code, String input, String sentence) {
        int column = library.getColumns().indexOf(code);
        if (column < 0) {
            PageMessages.error(sentence);
        } else {
            PageMessages.fieldError(form + ":articles:" + index + ":cells:" + column + ":" + input, sentence);
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

    private static String languageName(String code) {
        return PageMessages.text("language." + code);
    }
}
