package org.pactum.drafting.control;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementContent;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.CooperationArea;
import org.pactum.domain.agreement.Term;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.party.Party;
import org.pactum.domain.party.PartyDetails;
import org.pactum.domain.party.Region;
import org.pactum.domain.text.Wording;

/** Agreements between the Omsk and Pavlodar regions like the demo's, of any kind. */
final class OmskPavlodar {

    static final String OMSK_KK = "Омбы облысының Үкіметі";
    static final String PAVLODAR_KK = "Павлодар облысының әкімдігі";
    static final String OMSK_RU = "Правительство Омской области";
    static final String PAVLODAR_RU = "Акимат Павлодарской области";

    private OmskPavlodar() {
    }

    static Agreement agreement(AgreementKind kind, List<Language> languages, Term term) {
        Party omsk = new Party(new PartyDetails(LocalizedText.of(OMSK_RU, OMSK_KK, "Government of the Omsk Region"),
                new Region("RU-OMS", LocalizedText.of("Омская область", "Омбы облысы", "Omsk Region")),
                LocalizedText.of("В. П. Хоценко", "В. П. Хоценко", "V. P. Khotsenko"),
                LocalizedText.of("Губернатор Омской области", "Омбы облысының Губернаторы", "Governor of the Omsk Region")));
        Party pavlodar = new Party(new PartyDetails(LocalizedText.of(PAVLODAR_RU, PAVLODAR_KK, "Akimat of the Pavlodar Region"),
                new Region("KZ-55", LocalizedText.of("Павлодарская область", null, null)),
                LocalizedText.of("Н. Б. Сейтжанов", "Н. Б. Сейтжанов", "N. B. Seitzhanov"),
                LocalizedText.of("Аким Павлодарской области", "Павлодар облысының әкімі", "Akim of the Pavlodar Region")));
        AgreementContent content = new AgreementContent(kind, languages,
                LocalizedText.of("Соглашение о сотрудничестве", "Ынтымақтастық туралы келісім", "Cooperation agreement"),
                List.of(omsk, pavlodar), Set.of(CooperationArea.DIGITALISATION, CooperationArea.EDUCATION, CooperationArea.TOURISM),
                term);
        return Agreement.draft("PA-2026-00017", content, Wording.empty(), null, "drafter", Instant.parse("2026-11-20T09:15:00Z"));
    }
}
