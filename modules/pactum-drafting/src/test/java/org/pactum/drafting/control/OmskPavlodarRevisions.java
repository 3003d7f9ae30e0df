package org.pactum.drafting.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.pactum.domain.agreement.AgreementFingerprint;
import org.pactum.domain.agreement.Revision;
import org.pactum.domain.canonical.Sha256;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.AgreementText;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;

/** Revisions of an Omsk–Pavlodar cooperation agreement in Russian and Kazakh, and edits a negotiator makes to them. */
final class OmskPavlodarRevisions {

    static final Clause SUBJECT = new Clause("subject", LocalizedText.of("Предмет Соглашения", "Келісімнің мәні", null),
            LocalizedText.of("Стороны развивают сотрудничество на основе равноправия и взаимной выгоды.",
                    "Тараптар тең құқықтылық пен өзара тиімділік негізінде ынтымақтастықты дамытады.", null));
    static final Clause AREAS = new Clause("areas", LocalizedText.of("Направления сотрудничества", "Ынтымақтастық бағыттары", null),
            LocalizedText.of("Стороны сотрудничают в следующих сферах: {areas}.\n\nПо взаимному согласию Стороны могут определять иные направления сотрудничества.",
                    "Тараптар мынадай салаларда ынтымақтасады: {areas}.\n\nТараптар өзара келісім бойынша ынтымақтастықтың өзге де бағыттарын айқындай алады.", null));
    static final Clause WORKING_GROUP = new Clause("working-group", LocalizedText.of("Рабочая группа", "Жұмыс тобы", null),
            LocalizedText.of("Для реализации настоящего Соглашения Стороны создают совместную рабочую группу.",
                    "Осы Келісімді іске асыру үшін Тараптар бірлескен жұмыс тобын құрады.", null));
    static final Clause DISPUTES = new Clause("disputes", LocalizedText.of("Разрешение споров", "Дауларды шешу", null),
            LocalizedText.of("Споры разрешаются путем консультаций и переговоров.",
                    "Даулар консультациялар мен келіссөздер арқылы шешіледі.", null));
    static final Clause TERM = new Clause("term", LocalizedText.of("Срок действия", "Қолданылу мерзімі", null),
            LocalizedText.of("Соглашение заключается сроком на {term.years}.", "Келісім {term.years} мерзімге жасалады.", null));
    static final Clause INFORMATION = new Clause("information", LocalizedText.of("Обмен информацией", "Ақпарат алмасу", null),
            LocalizedText.of("Стороны обмениваются информацией о ходе реализации Соглашения.",
                    "Тараптар Келісімнің іске асырылу барысы туралы ақпарат алмасады.", null));

    private OmskPavlodarRevisions() {
    }

    static List<Clause> clauses() {
        return List.of(SUBJECT, AREAS, WORKING_GROUP, DISPUTES, TERM);
    }

    static Wording wording(List<Clause> clauses) {
        return new Wording(LocalizedText.of("Соглашение", "Келісім", null),
                LocalizedText.of("г. Омск {date}", "Омбы қ. {date}", null),
                LocalizedText.of("{party1.organization} и {party2.organization}, далее именуемые «Стороны», согласились о нижеследующем:",
                        "{party1.organization} және {party2.organization}, бұдан әрі «Тараптар», төмендегілер туралы келісті:", null),
                new AgreementText(clauses),
                LocalizedText.of("Оба текста имеют одинаковую силу.", "Екі мәтіннің күші бірдей.", null));
    }

    static Map<String, String> fields() {
        Map<String, String> fields = new TreeMap<>();
        fields.put("title.ru", "Соглашение о сотрудничестве");
        fields.put("title.kk", "Ынтымақтастық туралы келісім");
        fields.put("parties[0].organization.ru", "Правительство Омской области");
        fields.put("parties[1].organization.kk", "Павлодар облысының әкімдігі");
        fields.put("areas", "EDUCATION,TOURISM");
        fields.put("term.years", "5");
        return fields;
    }

    static Revision revision(int number, List<Clause> clauses) {
        return revision(number, fields(), wording(clauses));
    }

    static Revision revision(int number, Map<String, String> fields, Wording wording) {
        return new Revision(17, number, new TreeMap<>(fields), wording, Sha256.hex(AgreementFingerprint.canonical(fields, wording)),
                number % 2 == 0 ? "pavlodar.lawyer" : "omsk.drafter", Instant.parse("2026-11-20T09:15:00Z").plusSeconds(3600L * number),
                number);
    }

    static List<Clause> replacing(Clause replaced, Clause by) {
        return clauses().stream().map(clause -> clause.key().equals(replaced.key()) ? by : clause).toList();
    }

    static List<Clause> inserting(int article, Clause clause) {
        List<Clause> clauses = new ArrayList<>(clauses());
        clauses.add(article - 1, clause);
        return clauses;
    }

    static List<Clause> without(Clause removed) {
        return clauses().stream().filter(clause -> !clause.key().equals(removed.key())).toList();
    }
}
