package org.pactum.domain.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pactum.domain.comment.Comment;
import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.party.Party;
import org.pactum.domain.party.PartyDetails;
import org.pactum.domain.party.Region;
import org.pactum.domain.text.AgreementText;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;

/** Every text field refuses a character that makes it display as something else, naming the field and the character. */
class TextFieldCharactersTest {

    @Test
    void an_agreement_title_with_a_right_to_left_override_is_refused() {
        AgreementContent content = Fixtures.content();
        AgreementContent lying = new AgreementContent(content.kind(), content.languages(),
                LocalizedText.of("Соглашение о \u202Eвеčтсеищдуртоc", "Ынтымақтастық туралы келісім", null),
                content.parties(), content.areas(), content.term());
        FieldError error = only(assertThrows(InvalidInputException.class,
                () -> Agreement.draft("PA-2026-00002", lying, Fixtures.wording(), null, "drafter", Fixtures.NOW)));
        assertEquals("title.ru", error.field());
        assertEquals(Rule.FORBIDDEN_CHARACTER, error.rule());
        assertEquals("U+202E RIGHT-TO-LEFT OVERRIDE", error.detail());
    }

    @Test
    void an_article_heading_or_text_with_a_control_character_is_refused_in_its_language() {
        Wording wording = Fixtures.wording();
        Wording lying = new Wording(wording.kindName(), wording.placeAndDate(), wording.preamble(),
                AgreementText.of(wording.clauses().get(0), new Clause("term", LocalizedText.of("Срок", "Мерзімі\u200F", null),
                        LocalizedText.of("Действует.\r\n\r\nДо\u0000конца.", "Қолданылады.", null))),
                wording.equallyAuthentic());
        Agreement draft = Fixtures.draft();
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> draft.revise(Fixtures.content(), lying, draft.version(), "drafter", Fixtures.NOW));
        assertEquals(List.of("wording.clauses[1].heading.kk", "wording.clauses[1].text.ru"),
                refused.errors().stream().map(FieldError::field).toList());
        assertEquals("U+200F RIGHT-TO-LEFT MARK", refused.errors().get(0).detail());
        assertEquals("U+0000 NULL", refused.errors().get(1).detail());
    }

    @Test
    void a_region_or_party_name_with_nul_is_refused() {
        FieldError region = only(assertThrows(InvalidInputException.class,
                () -> new Region("RU-NSK", LocalizedText.of("Новосибирская\u0000область", null, null))));
        assertEquals("name.ru", region.field());
        assertEquals(Rule.FORBIDDEN_CHARACTER, region.rule());
        Party omsk = Fixtures.omsk();
        InvalidInputException party = assertThrows(InvalidInputException.class, () -> omsk.revise(new PartyDetails(
                LocalizedText.of("Правительство Омской области\u0000", null, null), Fixtures.OMSK_REGION,
                omsk.signatoryName(), LocalizedText.of("Губернатор\u2066", null, null)), omsk.version()));
        assertEquals(List.of("organization.ru", "signatory.position.ru"), party.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void a_comment_or_a_reason_with_a_bidirectional_isolate_is_refused() {
        assertEquals("text", only(assertThrows(InvalidInputException.class,
                () -> Comment.open(1, 1, "subject", "approver1", "Поправка \u2067см.\u2069", Fixtures.NOW))).field());
        Agreement agreement = Fixtures.draft();
        assertEquals("reason", only(assertThrows(InvalidInputException.class,
                () -> agreement.perform(LifecycleAction.WITHDRAW, agreement.version(), "Отозвано\u202B", "drafter",
                        Fixtures.NOW))).field());
        assertEquals(AgreementStatus.DRAFT, agreement.status());
    }

    private static FieldError only(InvalidInputException refused) {
        assertEquals(1, refused.errors().size(), refused.errors()::toString);
        return refused.errors().getFirst();
    }
}
