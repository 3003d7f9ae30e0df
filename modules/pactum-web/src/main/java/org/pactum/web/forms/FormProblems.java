package org.pactum.web.forms;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.web.faces.PageMessages;

/**
 * Shows the domain's refusal of a form's input where the user can act on it: each invalid field's problem beside the
 * field, or as a page message naming where it is. A form only declares its table of places — which {@link Place}
 * shows a path of which {@link FieldPath#shape() shape} — and every form reads paths and words rules the same way.
 */
public final class FormProblems {

    private final Map<String, Place> places;
    private final ProblemWords words;

    /**
     * @param places the form's places by path shape, e.g. {@code wording.clauses[].text}
     * @param texts  the interface's sentences by bundle key, e.g. {@code PageMessages::text}
     */
    public FormProblems(Map<String, Place> places, BiFunction<String, Object[], String> texts) {
        this.places = Map.copyOf(places);
        this.words = new ProblemWords(texts);
    }

    /** Words the problems in the language of the current page. */
    public static FormProblems ofPage(Map<String, Place> places) {
        return new FormProblems(places, PageMessages::text);
    }

    /** The problems, in the order refused, each once; a path no place knows gets "Проверьте поле «…»". */
    public List<ShownProblem> of(List<FieldError> errors) {
        return errors.stream().distinct().flatMap(error -> problems(error).stream()).distinct().toList();
    }

    private List<ShownProblem> problems(FieldError error) {
        FieldPath path = FieldPath.parse(error.field());
        Place place = places.get(path.shape());
        List<ShownProblem> problems = place == null ? List.of() : place.problems(path, error, words);
        return problems.isEmpty() ? List.of(ShownProblem.onPage(words.text("error.invalidField", error.field()))) : problems;
    }

    /**
     * Shows each problem beside its field and marks the field ({@link MarkedFields}); a problem of no field stands
     * beside the form's button, in the words that name where it is. Over them, at the top of the page, the form's
     * summary: the sentence of {@code summaryKey} with a link to each.
     */
    public void show(String summaryKey, InvalidInputException invalid, MarkedFields form) {
        form.summarize(summaryKey);
        for (ShownProblem problem : of(invalid.errors())) {
            String where = form.mark(problem.field().orElse(null));
            PageMessages.fieldError(where, problem.field().isPresent() ? problem.beside() : problem.sentence());
        }
    }

    /**
     * Shows the problems as messages of the current page.
     *
     * @param form the client id of the form with the fields, or {@code null} to show every problem as a page message
     *             (where the fields are not, as in the preview frame)
     * @return whether a field was marked, for the form's summary ("Проверьте отмеченные поля.")
     */
    public boolean show(InvalidInputException invalid, String form) {
        boolean marked = false;
        for (ShownProblem problem : of(invalid.errors())) {
            if (form != null && problem.field().isPresent()) {
                PageMessages.fieldError(form + ":" + problem.field().get(), problem.beside());
                marked = true;
            } else {
                PageMessages.error(problem.sentence());
            }
        }
        return marked;
    }
}
