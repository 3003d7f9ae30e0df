package org.pactum.web.drafting;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.CooperationArea;
import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.language.Language;
import org.pactum.registry.boundary.AgreementDraft;
import org.pactum.web.forms.FormProblems;
import org.pactum.web.forms.ShownProblem;
import org.pactum.web.forms.RussianTexts;

class AgreementFieldsTest {

    @Test
    void the_form_becomes_a_draft_with_titles_only_in_the_chosen_languages_and_parties_in_slot_order() {
        AgreementFields fields = AgreementFields.forNew(List.of(Language.RU, Language.KK));
        fields.getTitles().put("ru", "Соглашение");
        fields.getTitles().put("kk", "Омбы мен Павлодар арасындағы\r\n  келісім");
        fields.getTitles().put("en", "Agreement");
        fields.getPartyIds().set(0, "12");
        fields.addParty();
        fields.getPartyIds().set(2, "4");
        fields.setAreas(List.of("CULTURE", "TOURISM", "NO_SUCH_AREA"));
        fields.setYears(" 10 ");
        fields.setStartsOn("2026-09-01");

        AgreementDraft draft = fields.toDraft(AgreementKind.SISTER_CITY_AGREEMENT);

        assertAll(
                () -> assertEquals(List.of(Language.RU, Language.KK), draft.languages()),
                () -> assertEquals("Омбы мен Павлодар арасындағы келісім", draft.title().in(Language.KK).orElseThrow(),
                        "a title is one line"),
                () -> assertEquals(List.of(Language.RU, Language.KK), draft.title().languages(), "English was not chosen"),
                () -> assertEquals(List.of(12L, 4L), draft.partyIds(), "the empty slot is left out"),
                () -> assertEquals(2, fields.slotOf(1), "the second party sits in the third slot"),
                () -> assertEquals(Set.of(CooperationArea.CULTURE, CooperationArea.TOURISM), draft.areas()),
                () -> assertEquals(10, draft.term().years()),
                () -> assertEquals(LocalDate.of(2026, 9, 1), draft.term().startsOn().orElseThrow()));
    }

    @Test
    void what_cannot_be_read_is_left_for_the_domain_to_report_except_a_date() {
        AgreementFields fields = AgreementFields.forNew(List.of(Language.KK));
        fields.getPartyIds().set(0, "seven");
        fields.setYears("ten");
        AgreementDraft draft = fields.toDraft(AgreementKind.MEMORANDUM_OF_COOPERATION);
        assertAll(
                () -> assertEquals(Arrays.asList((Long) null), draft.partyIds(), "an unknown party in that position"),
                () -> assertEquals(0, draft.term().years(), "outside 1..99, so reported as a wrong term"));

        fields.setStartsOn("1 сентября");
        InvalidInputException invalid = assertThrows(InvalidInputException.class, () -> fields.toDraft(AgreementKind.MEMORANDUM_OF_COOPERATION));
        assertEquals("term.startsOn", invalid.errors().getFirst().field());
    }

    @Test
    void stored_languages_keep_their_order_and_new_ones_follow() {
        AgreementFields fields = AgreementFields.forNew(List.of());
        fields.setLanguages(List.of("ru", "kk", "en"));
        assertEquals(List.of("ru", "kk", "en"), fields.getChosenCodes());
    }

    @Test
    void two_party_slots_always_remain() {
        AgreementFields fields = AgreementFields.forNew(List.of(Language.RU));
        fields.removeParty(0);
        assertEquals(2, fields.getPartyIds().size());
        fields.addParty();
        fields.removeParty(0);
        assertEquals(2, fields.getPartyIds().size());
    }

    @Test
    void a_problem_shows_beside_its_field_in_the_right_slot_and_one_in_the_wording_names_article_and_language() {
        AgreementFields fields = AgreementFields.forNew(List.of(Language.RU, Language.KK));
        fields.getPartyIds().set(0, "12");
        fields.addParty();
        fields.getPartyIds().set(2, "4");

        List<ShownProblem> shown = new FormProblems(fields.problemPlaces(), RussianTexts::text).of(List.of(
                new FieldError("title.kk", Rule.TOO_LONG, "must be at most 1000 characters", "1000"),
                new FieldError("parties[1]", Rule.NOT_TRANSLATED, "party 2 is not described in kk"),
                new FieldError("wording.clauses[4].text.kk", Rule.UNKNOWN_PLACEHOLDER, "{nope} is not a placeholder", "{nope}")));

        assertAll(
                () -> assertEquals(ShownProblem.at("titles:1:title", "Наименование — Казахский: слишком длинный текст, допустимо не более 1000 знаков."),
                        shown.get(0), "told what is wrong, not to fill it in"),
                () -> assertEquals(ShownProblem.at("parties:2:party",
                        "Сторона 3 описана не на всех языках соглашения (наименование, подписант, должность)."), shown.get(1), "the empty slot counts"),
                () -> assertTrue(shown.get(2).field().isEmpty(), "the article may be far down the page"),
                () -> assertTrue(shown.get(2).sentence().startsWith("Статья 5 — Казахский: неизвестная подстановка {nope}."), shown.get(2).sentence()));
    }
}
