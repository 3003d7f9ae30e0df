package org.pactum.web.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.Rule;

/** A form's table of places decides where each problem shows; what no place knows still gets a sentence. */
class FormProblemsTest {

    private final FormProblems problems = new FormProblems(Map.of(
            "languages", Place.field("languages", "draft.error.languages"),
            "wording.clauses[].text", Place.inText((path, words) -> Place.inLanguage(words.text("draft.part.article", path.index() + 1), path, words))),
            RussianTexts::text);

    @Test
    void a_field_gets_the_forms_sentence_and_a_text_the_rules_sentence_naming_article_and_language() {
        List<ShownProblem> shown = problems.of(List.of(
                new FieldError("languages", Rule.OUT_OF_RANGE, "must name one to three languages"),
                new FieldError("wording.clauses[4].text.kk", Rule.TOO_LONG, "too long", "1000")));

        assertEquals(List.of(ShownProblem.at("languages", "Выберите от одного до трёх языков."),
                ShownProblem.onPage("Статья 5 — Казахский: слишком длинный текст, допустимо не более 1000 знаков.")), shown);
    }

    @Test
    void a_path_no_place_knows_asks_to_check_the_field_by_its_name_and_each_problem_shows_once() {
        FieldError unknown = new FieldError("wording.somethingNew", Rule.INVALID, "?");

        List<ShownProblem> shown = problems.of(List.of(unknown, unknown));

        assertEquals(List.of(new ShownProblem(Optional.empty(), "Проверьте поле «wording.somethingNew».", "Проверьте поле «wording.somethingNew».")),
                shown);
    }

    @Test
    void a_refused_character_shows_beside_the_field_naming_it_instead_of_the_forms_own_sentence() {
        List<ShownProblem> shown = problems.of(List.of(
                new FieldError("languages", Rule.FORBIDDEN_CHARACTER, "contains …", "U+202E RIGHT-TO-LEFT OVERRIDE"),
                new FieldError("wording.clauses[0].text.ru", Rule.UNPRINTABLE_CHARACTER, "contains …", "U+1F600 GRINNING FACE")));

        assertEquals(List.of(ShownProblem.at("languages", "Текст содержит U+202E RIGHT-TO-LEFT OVERRIDE — невидимый или "
                        + "управляющий символ, из-за которого текст может выглядеть не так, как написан; удалите его."),
                ShownProblem.onPage("Статья 1 — Русский: содержит U+1F600 GRINNING FACE — этот символ не печатается в PDF, "
                        + "и напечатанный текст отличался бы от введённого; удалите или замените его.")), shown);
    }
}
