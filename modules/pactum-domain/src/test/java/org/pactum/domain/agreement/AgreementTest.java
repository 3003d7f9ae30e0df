package org.pactum.domain.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.StaleVersionException;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;

class AgreementTest {

    @Test
    void a_new_agreement_is_a_draft_with_its_author() {
        Agreement agreement = Fixtures.draft();
        assertEquals(AgreementStatus.DRAFT, agreement.status());
        assertEquals("drafter", agreement.createdBy());
        assertEquals(List.of(Language.RU, Language.KK), agreement.languages());
        assertEquals(2, agreement.parties().size());
    }

    @Test
    void every_broken_rule_is_reported_at_once() {
        AgreementContent empty = new AgreementContent(null, List.of(), LocalizedText.empty(), List.of(Fixtures.omsk()), Set.of(),
                new Term(null, 0, false));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> Agreement.draft("PA-1", empty, Fixtures.wording(), null, "drafter", Fixtures.NOW));
        assertEquals(Set.of("kind", "languages", "parties", "areas", "term.years"),
                refused.errors().stream().map(FieldError::field).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void the_title_must_exist_in_every_language_of_the_agreement() {
        AgreementContent valid = Fixtures.content();
        AgreementContent noKazakhTitle = new AgreementContent(valid.kind(), valid.languages(),
                LocalizedText.of("Соглашение", null, null), valid.parties(), valid.areas(), valid.term());
        InvalidInputException refused = assertThrows(InvalidInputException.class, noKazakhTitle::validate);
        assertEquals("title.kk", refused.errors().getFirst().field());
    }

    @Test
    void parties_must_be_described_in_every_language_of_the_agreement() {
        AgreementContent valid = Fixtures.content();
        AgreementContent english = new AgreementContent(valid.kind(), List.of(Language.RU, Language.EN),
                LocalizedText.of("Соглашение", null, "Agreement"), valid.parties(), valid.areas(), valid.term());
        english.validate();

        org.pactum.domain.party.Party russianOnly = new org.pactum.domain.party.Party(new org.pactum.domain.party.PartyDetails(
                LocalizedText.of("ТПП Омской области", null, null), Fixtures.OMSK_REGION,
                LocalizedText.of("О. Федулова", null, null), LocalizedText.of("Президент", null, null)));
        AgreementContent missing = new AgreementContent(valid.kind(), valid.languages(), valid.title(),
                List.of(russianOnly, Fixtures.pavlodar()), valid.areas(), valid.term());
        InvalidInputException refused = assertThrows(InvalidInputException.class, missing::validate);
        assertEquals("parties[0]", refused.errors().getFirst().field());
    }

    @Test
    void a_change_based_on_an_old_version_is_refused() {
        Agreement agreement = Fixtures.draft();
        StaleVersionException refused = assertThrows(StaleVersionException.class,
                () -> agreement.revise(Fixtures.content(), Fixtures.wording(), agreement.version() + 1, "drafter", Fixtures.NOW));
        assertEquals(agreement.version(), refused.actual());
        assertThrows(StaleVersionException.class,
                () -> agreement.perform(LifecycleAction.SUBMIT, agreement.version() - 1, null, "drafter", Fixtures.NOW));
        assertEquals(AgreementStatus.DRAFT, agreement.status());
    }

    @Test
    void an_overlong_title_is_refused_with_a_clear_message() {
        AgreementContent valid = Fixtures.content();
        String overlong = "Соглашение ".repeat(200);
        AgreementContent content = new AgreementContent(valid.kind(), valid.languages(),
                LocalizedText.of(overlong, "Келісім", null), valid.parties(), valid.areas(), valid.term());
        InvalidInputException refused = assertThrows(InvalidInputException.class, content::validate);
        assertTrue(refused.errors().getFirst().message().contains("at most"));
    }

    @Test
    void rest_path_slugs_are_readable() {
        assertEquals("start-signing", LifecycleAction.START_SIGNING.slug());
    }
}
