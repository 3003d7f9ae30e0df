package org.pactum.web.library;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.template.ClauseLibrary;
import org.pactum.domain.text.Clause;
import org.pactum.web.forms.FormProblems;
import org.pactum.web.forms.ShownProblem;
import org.pactum.web.forms.RussianTexts;

class ClauseLibraryFormTest {

    private static final ClauseLibrary LIBRARY = new ClauseLibrary(3, List.of(Language.RU, Language.KK, Language.EN), List.of(
            new Clause("confidentiality", LocalizedText.of("Конфиденциальность", "Құпиялылық", "Confidentiality"),
                    LocalizedText.of("Стороны…", "Тараптар…", "The Parties…")),
            new Clause("notices", LocalizedText.of("Уведомления", "Хабарламалар", "Notices"),
                    LocalizedText.of("Уведомления…", "Хабарламалар…", "Notices…"))),
            "admin", Instant.parse("2026-03-01T10:00:00Z"));

    @Test
    void an_untouched_form_gives_back_the_library_it_was_made_from() {
        ClauseLibraryForm form = ClauseLibraryForm.of(LIBRARY);
        assertEquals(LIBRARY.languages(), form.toLanguages());
        assertEquals(LIBRARY.clauses(), form.toClauses());
    }

    @Test
    void texts_in_an_unticked_language_stay_in_the_form_but_are_not_saved() {
        ClauseLibraryForm form = ClauseLibraryForm.of(LIBRARY);
        form.setLanguages(List.of("kk", "ru"));
        assertAll(
                () -> assertEquals(List.of("ru", "kk"), form.getColumns(), "in the library's order"),
                () -> assertEquals(List.of(Language.RU, Language.KK), form.toLanguages()),
                () -> assertFalse(form.toClauses().getFirst().text().has(Language.EN)),
                () -> assertEquals("The Parties…", form.getRows().getFirst().getText().get("en")));
    }

    @Test
    void a_stored_key_stays_and_a_new_articles_key_is_checked() {
        ClauseLibraryForm form = ClauseLibraryForm.of(LIBRARY);
        form.getRows().getFirst().setKey("renamed");
        form.add();
        form.add();
        form.add();
        form.getRows().get(3).setKey("notices");
        form.getRows().get(4).setKey("не ключ");
        InvalidInputException refused = assertThrows(InvalidInputException.class, form::toClauses);
        assertEquals(List.of("clauses[2].key", "clauses[3].key", "clauses[4].key"),
                refused.errors().stream().map(FieldError::field).toList(), "missing, repeated, malformed");
        assertEquals("confidentiality", form.getRows().getFirst().getKey(), "a key drafts already carry never changes");
    }

    @Test
    void articles_move_and_go_by_their_row_not_their_place() {
        ClauseLibraryForm form = ClauseLibraryForm.of(LIBRARY);
        form.add();
        LibraryArticleRow added = form.getRows().getLast();
        added.setKey(" dispute-resolution ");
        added.getHeading().put("ru", "Споры");
        form.moveUp(added.getId());
        form.moveUp(added.getId());
        form.moveUp(added.getId());
        form.remove(form.getRows().getLast().getId());
        List<Clause> clauses = form.toClauses();
        assertAll(
                () -> assertEquals(List.of("dispute-resolution", "confidentiality"), clauses.stream().map(Clause::key).toList()),
                () -> assertTrue(clauses.getFirst().heading().has(Language.RU)));
    }

    @Test
    void a_problem_shows_in_the_articles_row_naming_article_and_language_or_on_the_page_when_its_column_is_hidden() {
        ClauseLibraryForm form = ClauseLibraryForm.of(LIBRARY);
        form.setLanguages(List.of("ru", "kk"));

        List<ShownProblem> shown = new FormProblems(form.problemPlaces(Language.RU), RussianTexts::text).of(List.of(
                new FieldError("clauses[1].kk", Rule.INCOMPLETE, "article 2 lacks its heading or text in kk"),
                new FieldError("clauses[0].key", Rule.REPEATED, "the key is taken", "notices"),
                new FieldError("clauses[0].heading.en", Rule.TOO_LONG, "too long", "1000")));

        assertAll(
                () -> assertEquals(ShownProblem.at("articles:1:cells:1:text", "Статья 2 «Уведомления» — Казахский: нужны и заголовок, и текст."),
                        shown.get(0)),
                () -> assertEquals(ShownProblem.at("articles:0:key", "Ключ «notices» уже есть у другой статьи библиотеки."), shown.get(1)),
                () -> assertTrue(shown.get(2).field().isEmpty(), "English is not shown"),
                () -> assertTrue(shown.get(2).sentence().startsWith("Статья 1 «Конфиденциальность», заголовок — Английский: слишком длинный"),
                        shown.get(2).sentence()));
    }
}
