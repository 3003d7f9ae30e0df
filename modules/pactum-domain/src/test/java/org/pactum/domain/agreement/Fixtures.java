package org.pactum.domain.agreement;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.party.Party;
import org.pactum.domain.party.PartyDetails;
import org.pactum.domain.party.Region;
import org.pactum.domain.text.AgreementText;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;

/** The Omsk–Pavlodar cooperation agreement, the running example of the domain tests. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    static final Region OMSK_REGION = new Region("RU-OMS", LocalizedText.of("Омская область", "Омбы облысы", "Omsk Region"));
    static final Region PAVLODAR_REGION = new Region("KZ-55", LocalizedText.of("Павлодарская область", "Павлодар облысы", "Pavlodar Region"));

    private Fixtures() {
    }

    static Party omsk() {
        return new Party(new PartyDetails(
                LocalizedText.of("Правительство Омской области", "Омбы облысының Үкіметі", "Government of the Omsk Region"),
                OMSK_REGION,
                LocalizedText.of("В. П. Хоценко", "В. П. Хоценко", "V. P. Khotsenko"),
                LocalizedText.of("Губернатор Омской области", "Омбы облысының Губернаторы", "Governor of the Omsk Region")));
    }

    static Party pavlodar() {
        return new Party(new PartyDetails(
                LocalizedText.of("Акимат Павлодарской области", "Павлодар облысының әкімдігі", "Akimat of the Pavlodar Region"),
                PAVLODAR_REGION,
                LocalizedText.of("А. К. Бакауов", "А. Қ. Бақауов", "A. K. Bakauov"),
                LocalizedText.of("Аким Павлодарской области", "Павлодар облысының әкімі", "Akim of the Pavlodar Region")));
    }

    static AgreementContent content() {
        return new AgreementContent(AgreementKind.COOPERATION_AGREEMENT, List.of(Language.RU, Language.KK),
                LocalizedText.of("Соглашение о сотрудничестве", "Ынтымақтастық туралы келісім", null),
                List.of(omsk(), pavlodar()),
                Set.of(CooperationArea.DIGITALISATION, CooperationArea.EDUCATION),
                new Term(null, 5, true));
    }

    /** Two articles and a preamble in Russian and Kazakh, with placeholders as a template leaves them. */
    static Wording wording() {
        return new Wording(LocalizedText.of("Соглашение", "Келісім", null),
                LocalizedText.of("г. Омск {date}", "Омбы қ. {date}", null),
                LocalizedText.of("{party1.organization} и {party2.organization}, именуемые Сторонами, согласились:",
                        "{party1.organization} мен {party2.organization}, бұдан әрі Тараптар, келісті:", null),
                AgreementText.of(
                        new Clause("subject", LocalizedText.of("Предмет", "Мәні", null),
                                LocalizedText.of("Стороны развивают сотрудничество.", "Тараптар ынтымақтастықты дамытады.", null)),
                        new Clause("term", LocalizedText.of("Срок", "Мерзімі", null),
                                LocalizedText.of("Соглашение действует {term.years}.", "Келісім {term.years} қолданылады.", null))),
                LocalizedText.of("Оба текста имеют одинаковую силу.", "Екі мәтіннің күші бірдей.", null));
    }

    static Agreement draft() {
        return Agreement.draft("PA-2026-00001", content(), wording(), null, "drafter", NOW);
    }
}
