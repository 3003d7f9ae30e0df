package org.pactum.web.drafting;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.AgreementText;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;

class WordingFormTest {

    private static final Wording WORDING = new Wording(LocalizedText.of("Соглашение", "Келісім", null), null,
            LocalizedText.of("{party1.organization} и {party2.organization}", "{party1.organization} және {party2.organization}", null),
            AgreementText.of(
                    clause("subject", "Предмет", "Мәні"),
                    clause("c-2", "Сроки", "Мерзімдер"),
                    clause("term", "Срок", null)),
            LocalizedText.of("Совершено…", "Жасалды…", null));

    @Test
    void an_untouched_form_gives_back_the_wording_it_was_made_from() {
        assertEquals(WORDING, WordingForm.of(WORDING, Set.of()).toWording());
    }

    @Test
    void line_breaks_as_browsers_send_them_change_nothing() {
        Wording twoParagraphs = new Wording(null, null, null,
                AgreementText.of(new Clause("subject", null, LocalizedText.of("Первый абзац.\n\nВторой абзац.", null, null))), null);
        WordingForm form = WordingForm.of(twoParagraphs, Set.of());
        form.getRows().getFirst().getText().put("ru", "Первый абзац.\r\n\r\nВторой абзац.");
        assertEquals(twoParagraphs, form.toWording());
    }

    @Test
    void articles_move_by_key_and_keep_every_language_together() {
        WordingForm form = WordingForm.of(WORDING, Set.of());
        form.moveUp("term");
        form.moveUp("subject");
        form.moveDown("c-2");
        form.moveDown("no-such-key");
        List<Clause> clauses = form.toWording().clauses();
        assertEquals(List.of("subject", "term", "c-2"), clauses.stream().map(Clause::key).toList());
        assertEquals("Мерзімдер: мәтін.", clauses.get(2).text().in(Language.KK).orElseThrow(), "the Kazakh text moved with its row");
        assertEquals(3, form.numberOf("c-2"));
    }

    @Test
    void a_new_article_never_takes_a_key_the_agreement_ever_had() {
        WordingForm form = WordingForm.of(WORDING, Set.of("c-7", "costs"));
        String inserted = form.insertAfter("subject");
        form.remove(inserted);
        String added = form.add();
        assertAll(
                () -> assertEquals("c-8", inserted, "above c-7 of an earlier revision"),
                () -> assertEquals("c-9", added, "a removed key is not given again"),
                () -> assertEquals(List.of("subject", "c-2", "term", "c-9"),
                        form.getRows().stream().map(ClauseRow::getKey).toList()));
        assertEquals(List.of("subject", "c-10", "c-2", "term", "c-9"), keysAfter(form, f -> f.insertAfter("subject")));
    }

    @Test
    void an_empty_article_is_missing_in_every_language_and_a_heading_only_where_others_have_one() {
        WordingForm form = WordingForm.of(WORDING, Set.of());
        ClauseRow term = form.getRows().get(2);
        ClauseRow fresh = form.getRows().get(form.numberOf(form.add()) - 1);
        term.getText().put("kk", "Мерзім");
        assertAll(
                () -> assertTrue(fresh.isMissing("ru")),
                () -> assertFalse(term.isMissing("ru")),
                () -> assertTrue(term.isMissing("kk"), "the Russian heading has no Kazakh counterpart"),
                () -> assertTrue(term.isMissing("en")));
        term.getHeading().put("kk", "Мерзімі");
        assertFalse(term.isMissing("kk"));
    }

    @Test
    void blank_texts_count_as_not_written() {
        WordingForm form = WordingForm.of(WORDING, Set.of());
        form.getPreamble().put("kk", "   ");
        form.getRows().getFirst().getText().put("kk", null);
        Wording wording = form.toWording();
        assertAll(
                () -> assertFalse(wording.preamble().has(Language.KK)),
                () -> assertEquals(List.of("subject", "term"), wording.text().missingIn(Language.KK)));
    }

    @Test
    void a_standard_article_comes_in_the_drafts_languages_under_its_own_key_and_a_fresh_one_the_second_time() {
        StandardArticle confidentiality = StandardArticle.of(new Clause("confidentiality",
                LocalizedText.of("Конфиденциальность", "Құпиялылық", "Confidentiality"),
                LocalizedText.of("Стороны обеспечивают…", "Тараптар қамтамасыз етеді…", "The Parties shall…")));
        WordingForm form = WordingForm.of(WORDING, Set.of("c-4"));
        String first = form.insertStandard(confidentiality, List.of("ru", "kk"), null);
        String second = form.insertStandard(confidentiality, List.of("ru", "kk"), "subject");
        Wording wording = form.toWording();
        Clause inserted = wording.clauses().get(4);
        assertAll(
                () -> assertEquals("confidentiality", first, "the library's key while no article has it"),
                () -> assertEquals("c-5", second, "then a fresh key, above every key the agreement had"),
                () -> assertEquals(List.of("subject", "c-5", "c-2", "term", "confidentiality"),
                        wording.clauses().stream().map(Clause::key).toList(), "at the end, or after the article chosen"),
                () -> assertEquals("Құпиялылық", inserted.heading().in(Language.KK).orElseThrow()),
                () -> assertEquals("Стороны обеспечивают…", inserted.text().in(Language.RU).orElseThrow()),
                () -> assertFalse(inserted.heading().has(Language.EN), "only the draft's languages"),
                () -> assertFalse(inserted.text().has(Language.EN)));
        form.remove("confidentiality");
        assertEquals("confidentiality", form.insertStandard(confidentiality, List.of("ru"), "no-such-key"),
                "a library key names the same standard article, so it may come back");
    }

    private static List<String> keysAfter(WordingForm form, java.util.function.Consumer<WordingForm> change) {
        change.accept(form);
        return form.getRows().stream().map(ClauseRow::getKey).toList();
    }

    private static Clause clause(String key, String ru, String kk) {
        return new Clause(key, LocalizedText.of(ru, kk, null), LocalizedText.of(ru + ": текст.", kk == null ? null : kk + ": мәтін.", null));
    }
}
