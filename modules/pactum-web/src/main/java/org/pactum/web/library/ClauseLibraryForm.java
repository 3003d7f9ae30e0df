package org.pactum.web.library;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.Rule;
import org.pactum.domain.error.Violations;
import org.pactum.domain.language.Language;
import org.pactum.domain.template.ClauseLibrary;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;
import org.pactum.web.drafting.AgreementFields;
import org.pactum.web.forms.FieldPath;
import org.pactum.web.forms.Place;
import org.pactum.web.forms.ShownProblem;
import org.pactum.web.forms.ProblemWords;

/**
 * The clause library as an administrator edits it between requests: its languages and one {@link LibraryArticleRow}
 * per article, in the order drafters are offered them. Texts typed in a language that is then unticked stay in the
 * form until it is saved, so ticking the language again brings them back.
 */
public class ClauseLibraryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<String> languages = new ArrayList<>();
    private final List<LibraryArticleRow> rows = new ArrayList<>();
    private int lastId;

    public static ClauseLibraryForm of(ClauseLibrary library) {
        ClauseLibraryForm form = new ClauseLibraryForm();
        form.languages = new ArrayList<>(library.languages().stream().map(Language::code).toList());
        library.clauses().forEach(clause -> form.rows.add(LibraryArticleRow.of(++form.lastId, clause)));
        return form;
    }

    /** The languages chosen, in the order the library keeps them: Russian, Kazakh, English. */
    public List<String> getColumns() {
        return AgreementFields.ALL_LANGUAGES.stream().filter(languages::contains).toList();
    }

    List<Language> toLanguages() {
        return getColumns().stream().map(Language::fromCode).flatMap(Optional::stream).toList();
    }

    /**
     * The articles as the library will keep them. Keys are checked here, where the rows are still told apart: the
     * library itself only accepts articles that already have distinct, valid keys.
     *
     * @throws org.pactum.domain.error.InvalidInputException naming {@code clauses[i].key} for a missing, malformed
     *                                                        or repeated key
     */
    List<Clause> toClauses() {
        Violations violations = new Violations();
        List<Clause> clauses = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            try {
                Clause clause = rows.get(i).toClause(getColumns());
                if (keys.add(clause.key())) {
                    clauses.add(clause);
                } else {
                    violations.add(new FieldError("clauses[" + i + "].key", Rule.REPEATED,
                            "the key " + clause.key() + " is used by an earlier article", clause.key()));
                }
            } catch (IllegalArgumentException e) {
                String typed = rows.get(i).getKey();
                violations.add("clauses[" + i + "].key", typed == null || typed.isBlank() ? Rule.REQUIRED : Rule.MALFORMED,
                        e.getMessage());
            }
        }
        violations.throwIfAny();
        return clauses;
    }

    /** Adds an empty article at the end, for its key to be typed. */
    public void add() {
        rows.add(new LibraryArticleRow(++lastId, null, false));
    }

    public void moveUp(int id) {
        int at = indexOf(id);
        if (at > 0) {
            rows.add(at - 1, rows.remove(at));
        }
    }

    public void moveDown(int id) {
        int at = indexOf(id);
        if (at >= 0 && at < rows.size() - 1) {
            rows.add(at + 1, rows.remove(at));
        }
    }

    public void remove(int id) {
        int at = indexOf(id);
        if (at >= 0) {
            rows.remove(at);
        }
    }

    private int indexOf(int id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getId() == id) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where the edit form shows a problem: next to the article's heading or text in the language's column, naming the
     * article and the language so the sentence still reads right when the page is long; on the page when that column
     * is not shown.
     *
     * @param reader the language the page is read in, for the article's heading in the sentences
     */
    Map<String, Place> problemPlaces(Language reader) {
        return Map.of(
                "languages", Place.field("languages", "draft.error.languages"),
                "clauses", Place.page("library.error.clauses", String.valueOf(Wording.MAX_CLAUSES)),
                "clauses[]", Place.field(path -> cell(path, "text"), (path, words) -> Place.inLanguage(article(path, reader, words), path, words)),
                "clauses[].text", Place.field(path -> cell(path, "text"), (path, words) -> Place.inLanguage(article(path, reader, words), path, words)),
                "clauses[].heading", Place.field(path -> cell(path, "heading"),
                        (path, words) -> Place.inLanguage(words.text("library.part.heading", article(path, reader, words)), path, words)),
                "clauses[].key", (path, error, words) -> List.of(ShownProblem.at("articles:" + path.index() + ":key", switch (error.rule()) {
                    case REQUIRED -> words.text("library.error.keyMissing");
                    case REPEATED -> words.text("library.error.keyTaken", error.detail());
                    default -> words.text("library.error.key");
                })));
    }

    /** The language's heading or text in the article's row; {@code null} when that column is not shown. */
    private String cell(FieldPath path, String input) {
        int column = path.language().map(getColumns()::indexOf).orElse(-1);
        return column < 0 ? null : "articles:" + path.index() + ":cells:" + column + ":" + input;
    }

    /** "Article 2 «Force majeure»", with the heading as typed, in the reader's language where it has one. */
    private String article(FieldPath path, Language reader, ProblemWords words) {
        int index = path.index();
        String heading = index < rows.size() ? rows.get(index).headingFor(reader).text() : "";
        return heading.isEmpty() ? words.text("library.article.number", index + 1) : words.text("library.article.named", index + 1, heading);
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
    }

    public List<LibraryArticleRow> getRows() {
        return rows;
    }
}
