package org.pactum.web.templates;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.Rule;
import org.pactum.domain.language.Language;
import org.pactum.drafting.control.SeedTemplates;
import org.pactum.web.forms.FormProblems;
import org.pactum.web.forms.RussianTexts;

/** A refused template is explained beside the right field and in a sentence naming the article, in the reader's words. */
class TemplatePlacesTest {

    @Test
    void an_unknown_placeholder_is_named_with_the_article_its_heading_and_language() {
        TemplateFields form = protocol();
        form.getArticles().get(1).getText().put("kk", "Көлемдер {nope} айқындалады.");

        List<String> sentences = show(List.of(new FieldError("wording.clauses[1].text.kk", Rule.UNKNOWN_PLACEHOLDER,
                        "{nope} is not a placeholder", "{nope}")),
                form, Language.RU);

        String beside = form.getArticles().get(1).getProblems().get("text.kk");
        assertAll(
                () -> assertTrue(beside.startsWith("неизвестная подстановка {nope}"), beside),
                () -> assertEquals(1, sentences.size()),
                () -> assertTrue(sentences.getFirst().startsWith("Статья 2 «Условия поставок», текст на казахском: неизвестная подстановка {nope}"),
                        sentences.getFirst()));
    }

    @Test
    void an_emptied_text_is_missing_and_a_kazakh_reader_sees_the_kazakh_heading() {
        TemplateFields form = protocol();
        form.getArticles().get(2).getText().put("kk", "  ");

        List<String> sentences = show(List.of(new FieldError("wording.clauses[2].text.kk", Rule.NOT_TRANSLATED, "article 3 is not written in kk yet")),
                form, Language.KK);

        assertEquals("не заполнено", form.getArticles().get(2).getProblems().get("text.kk"));
        assertTrue(sentences.getFirst().startsWith("Статья 3 «Үйлестіру»"), sentences.getFirst());
    }

    @Test
    void a_part_refused_in_no_particular_language_is_marked_in_each_language_left_empty() {
        TemplateFields form = protocol();
        form.getParts().get("kindName").remove("kk");

        List<String> sentences = show(List.of(new FieldError("wording.kindName", Rule.NOT_TRANSLATED, "must be given in every language")),
                form, Language.RU);

        assertAll(
                () -> assertEquals("не заполнено", form.getProblems().get("kindName.kk")),
                () -> assertEquals(List.of("Вид документа на казахском: не заполнено"), sentences));
    }

    @Test
    void fields_of_the_template_itself_get_their_own_sentence_and_anything_else_a_general_one() {
        TemplateFields form = protocol();

        List<String> sentences = show(List.of(new FieldError("id", Rule.MALFORMED, "must be a slug"),
                new FieldError("languages", Rule.OUT_OF_RANGE, "must name one to three languages"), new FieldError("wording.somethingNew", Rule.INVALID, "?"),
                new FieldError("wording", Rule.TOO_LONG, "the wording has 1000001 characters")), form, Language.RU);

        assertAll(
                () -> assertTrue(form.getProblems().get("id").startsWith("Идентификатор: строчные латинские буквы"), form.getProblems().toString()),
                () -> assertEquals("Выберите от одного до трёх языков.", sentences.get(1)),
                () -> assertEquals("Проверьте поле «wording.somethingNew».", sentences.get(2)),
                () -> assertTrue(sentences.get(3).startsWith("Текст шаблона слишком длинный"), sentences.get(3)));
    }

    @Test
    void a_new_show_forgets_the_problems_of_the_previous_one() {
        TemplateFields form = protocol();
        form.getArticles().getFirst().getText().remove("ru");
        show(List.of(new FieldError("wording.clauses[0].text.ru", Rule.NOT_TRANSLATED, "missing")), form, Language.RU);

        show(List.of(new FieldError("id", Rule.MALFORMED, "must be a slug")), form, Language.RU);

        assertTrue(form.getArticles().getFirst().getProblems().isEmpty());
    }

    private static TemplateFields protocol() {
        return TemplateFields.of(SeedTemplates.load().stream()
                .filter(template -> template.id().equals("protocol-of-intent")).findFirst().orElseThrow());
    }

    /** As the editor does on a refused save: marks the fields and returns the sentences for the top of the page. */
    private static List<String> show(List<FieldError> errors, TemplateFields form, Language reader) {
        return form.mark(new FormProblems(TemplatePlaces.of(form, reader), RussianTexts::text).of(errors));
    }
}
