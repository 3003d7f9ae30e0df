package org.pactum.web.forms;

import java.util.List;
import java.util.function.Function;

import org.pactum.domain.error.FieldError;

/**
 * Where a form shows the problems of one shape of field path, and in what words: a line of a form's table of places
 * ({@link FormProblems}). The factories cover the usual places; a form with more to say writes its own.
 */
@FunctionalInterface
public interface Place {

    /**
     * The sentence beside a field that holds a character no text may hold, naming it ("Текст содержит U+202E …"):
     * whatever a form says of its field otherwise would not tell what to remove.
     */
    String CHARACTER_REFUSED = "error.characterRefused";

    /**
     * The problems to show for the error, usually one; none when this place does not know the path after all (an
     * article beyond the form's), which then gets the general sentence.
     */
    List<ShownProblem> problems(FieldPath path, FieldError error, ProblemWords words);

    /** What a sentence names in front of the rule's words: "Статья 5 — Казахский". */
    @FunctionalInterface
    interface Subject {
        String of(FieldPath path, ProblemWords words);
    }

    /**
     * Beside the field, a sentence of the form's own that names what the field takes ("Выберите от одного до трёх
     * языков."), whatever rule it broke.
     *
     * @param field the component id, relative to the form; {@code null} when the form does not show the field now
     */
    static Place field(Function<FieldPath, String> field, String key, Function<FieldPath, Object[]> arguments) {
        return (path, error, words) -> List.of(ShownProblem.at(field.apply(path), error.rule().refusesACharacter()
                ? words.text(CHARACTER_REFUSED, words.what(error))
                : words.text(key, arguments.apply(path))));
    }

    static Place field(String field, String key) {
        return field(path -> field, key, path -> new Object[0]);
    }

    /** Beside the field, the subject and what is wrong, worded from the rule ("Наименование (Казахский): не заполнено."). */
    static Place field(Function<FieldPath, String> field, Subject subject) {
        return (path, error, words) -> List.of(ShownProblem.at(field.apply(path), words.sentence(subject.of(path, words), error)));
    }

    /** A page message of the form's own, for what has no field ("the template was written for another kind"). */
    static Place page(String key, Object... arguments) {
        return (path, error, words) -> List.of(ShownProblem.onPage(words.text(key, arguments)));
    }

    /**
     * In the text: a page message naming where ("Статья 5 — Казахский: неизвестная подстановка {nope}."), since the
     * place may be far down the page.
     */
    static Place inText(Subject subject) {
        return (path, error, words) -> List.of(ShownProblem.onPage(words.sentence(subject.of(path, words), error)));
    }

    /** "Статья 5 — Казахский", or only the first when the path names no language. */
    static String inLanguage(String what, FieldPath path, ProblemWords words) {
        return path.language().map(code -> what + " — " + words.language(code)).orElse(what);
    }
}
