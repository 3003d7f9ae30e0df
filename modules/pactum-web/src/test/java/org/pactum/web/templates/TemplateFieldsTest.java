package org.pactum.web.templates;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pactum.domain.language.Language;
import org.pactum.domain.text.ArticleKeys;
import org.pactum.domain.text.Clause;
import org.pactum.drafting.boundary.TemplateDraft;
import org.pactum.drafting.control.SeedTemplates;

/** The editor's form keeps the articles' keys, gives new ones fresh keys and saves only the ticked languages. */
class TemplateFieldsTest {

    @Test
    void an_unchanged_form_saves_the_template_as_it_was() {
        var template = SeedTemplates.load().getFirst();

        TemplateDraft draft = TemplateFields.of(template).toDraft(template.id(), ArticleKeys.none());

        assertAll(
                () -> assertEquals(template.kind(), draft.kind()),
                () -> assertEquals(template.languages(), draft.languages()),
                () -> assertEquals(template.wording(), draft.wording()));
    }

    @Test
    void moved_articles_keep_their_keys_and_new_ones_get_keys_no_other_has() {
        TemplateFields form = TemplateFields.of(protocol());
        form.moveDown(0);
        form.insertAfter(0);
        form.getArticles().get(1).getText().put("ru", "Новая статья.");
        form.add();
        form.remove(99);

        List<String> keys = form.toDraft("protocol-of-intent", ArticleKeys.none()).wording().clauses().stream().map(Clause::key).toList();

        assertAll(
                () -> assertEquals("conditions", keys.get(0)),
                () -> assertEquals("subject", keys.get(2)),
                () -> assertEquals(9, keys.size(), "seven articles and two new ones"),
                () -> assertEquals(keys.size(), keys.stream().distinct().count(), keys.toString()),
                () -> assertTrue(keys.get(1).startsWith("c-") && keys.getLast().startsWith("c-"), keys.toString()));
    }

    @Test
    void a_new_article_never_takes_the_key_of_one_an_earlier_version_had() {
        TemplateFields form = TemplateFields.of(protocol());
        form.add();

        List<String> keys = form.toDraft("protocol-of-intent", ArticleKeys.takenBy(List.of("c-1", "c-7")))
                .wording().clauses().stream().map(Clause::key).toList();

        assertEquals("c-8", keys.getLast());
    }

    @Test
    void an_unticked_language_is_not_saved_but_stays_in_the_form() {
        TemplateFields form = TemplateFields.of(protocol());
        form.setLanguages(List.of("ru"));

        TemplateDraft draft = form.toDraft("protocol-of-intent", ArticleKeys.none());

        assertAll(
                () -> assertEquals(List.of(Language.RU), draft.languages()),
                () -> assertFalse(draft.wording().preamble().has(Language.KK)),
                () -> assertFalse(draft.wording().clauses().getFirst().text().has(Language.KK)),
                () -> assertTrue(form.getArticles().getFirst().getText().containsKey("kk")));
    }

    @Test
    void the_first_article_cannot_move_up_nor_the_last_down() {
        TemplateFields form = TemplateFields.of(protocol());
        List<String> before = form.getArticles().stream().map(ArticleFields::getKey).toList();

        form.moveUp(0);
        form.moveDown(before.size() - 1);

        assertEquals(before, form.getArticles().stream().map(ArticleFields::getKey).toList());
    }

    private static org.pactum.domain.template.Template protocol() {
        return SeedTemplates.load().stream().filter(template -> template.id().equals("protocol-of-intent")).findFirst().orElseThrow();
    }
}
