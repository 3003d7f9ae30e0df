package org.pactum.domain.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.party.Party;
import org.pactum.domain.party.PartyDetails;

class RecordedFieldsTest {

    @Test
    void reads_back_every_field_a_revision_recorded() {
        Agreement agreement = Fixtures.draft();
        RecordedFields fields = RecordedFields.of(revisionOf(agreement));

        assertEquals("PA-2026-00001", fields.number());
        assertEquals(List.of(Language.RU, Language.KK), fields.languages());
        assertEquals(agreement.title(), fields.title());
        assertEquals(Set.of(CooperationArea.DIGITALISATION, CooperationArea.EDUCATION), fields.areas());
        assertEquals(new Term(null, 5, true), fields.term());
        List<RecordedFields.RecordedParty> parties = fields.parties();
        assertEquals(2, parties.size());
        for (int i = 0; i < 2; i++) {
            Party party = agreement.parties().get(i);
            RecordedFields.RecordedParty recorded = parties.get(i);
            assertEquals(party.organization(), recorded.organization());
            assertEquals(party.region().code(), recorded.regionCode());
            assertEquals(party.signatoryName(), recorded.signatoryName());
            assertEquals(party.signatoryPosition(), recorded.signatoryPosition());
        }
        assertEquals("Омбы облысының Үкіметі", parties.getFirst().organization().in(Language.KK).orElseThrow());
    }

    @Test
    void reads_a_start_date_and_a_single_language() {
        Party chamber = new Party(new PartyDetails(LocalizedText.of("Торгово-промышленная палата", null, null),
                Fixtures.PAVLODAR_REGION, LocalizedText.of("И. И. Иванов", null, null), LocalizedText.of("Президент", null, null)));
        AgreementContent content = new AgreementContent(AgreementKind.MEMORANDUM_OF_COOPERATION, List.of(Language.RU),
                LocalizedText.of("Меморандум", null, null), List.of(Fixtures.omsk(), chamber), Set.of(CooperationArea.TOURISM),
                new Term(LocalDate.of(2027, 1, 1), 3, false));
        Agreement agreement = Agreement.draft("PA-2026-00002", content, Fixtures.wording().in(List.of(Language.RU)), null,
                "drafter", Fixtures.NOW);
        RecordedFields fields = RecordedFields.of(revisionOf(agreement));

        assertEquals(List.of(Language.RU), fields.languages());
        assertEquals(new Term(LocalDate.of(2027, 1, 1), 3, false), fields.term());
        assertEquals("KZ-55", fields.parties().get(1).regionCode());
        assertEquals(LocalizedText.of("Президент", null, null), fields.parties().get(1).signatoryPosition());
    }

    private static Revision revisionOf(Agreement agreement) {
        return new Revision(1L, agreement.revision(), AgreementFingerprint.fields(agreement), agreement.wording(),
                AgreementFingerprint.of(agreement), agreement.updatedBy(), agreement.updatedAt(), agreement.version());
    }
}
