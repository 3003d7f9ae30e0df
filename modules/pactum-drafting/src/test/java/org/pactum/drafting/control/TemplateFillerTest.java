package org.pactum.drafting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementFingerprint;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.Revision;
import org.pactum.domain.agreement.Term;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.template.Template;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;
import org.pactum.drafting.entity.AgreementParticulars;
import org.pactum.fixtures.OmskPavlodar;

class TemplateFillerTest {

    private static final List<Template> TEMPLATES = SeedTemplates.load();
    private final TemplateFiller filler = new TemplateFiller(StandardPhrases.load());

    @ParameterizedTest
    @EnumSource(AgreementKind.class)
    void an_omsk_pavlodar_agreement_of_each_kind_is_filled_in_russian_and_kazakh_without_a_placeholder_left(AgreementKind kind) {
        Agreement agreement = OmskPavlodar.agreement(kind, List.of(Language.RU, Language.KK), new Term(null, 5, true));
        Wording filled = filler.fill(template(kind).wording(), agreement);

        assertTrue(filled.preamble().in(Language.RU).orElseThrow().contains(OmskPavlodar.OMSK_RU));
        assertTrue(filled.preamble().in(Language.RU).orElseThrow().contains(OmskPavlodar.PAVLODAR_RU));
        assertTrue(filled.preamble().in(Language.KK).orElseThrow().contains(OmskPavlodar.OMSK_KK));
        assertTrue(filled.preamble().in(Language.KK).orElseThrow().contains(OmskPavlodar.PAVLODAR_KK));
        assertTrue(filled.text().missingIn(Language.RU).isEmpty());
        assertTrue(filled.text().missingIn(Language.KK).isEmpty());
        for (LocalizedText text : texts(filled)) {
            assertFalse(text.has(Language.EN), "only the agreement's languages are filled");
            text.asMap().values().forEach(value -> assertFalse(value.contains("{") || value.contains("}"), value));
        }
        String russian = all(filled, Language.RU);
        assertTrue(russian.contains("образование, туризм, цифровизация"), russian);
        assertTrue(russian.contains("5 лет"), russian);
        assertTrue(russian.contains("русском и казахском"), russian);
        String kazakh = all(filled, Language.KK);
        assertTrue(kazakh.contains("білім беру"), kazakh);
        assertTrue(kazakh.contains("5 жыл"), kazakh);
        assertTrue(kazakh.contains("орыс және қазақ"), kazakh);
    }

    @ParameterizedTest
    @EnumSource(AgreementKind.class)
    void a_revision_is_filled_from_the_fields_it_recorded_exactly_as_the_agreement_was(AgreementKind kind) {
        Agreement agreement = OmskPavlodar.agreement(kind, List.of(Language.RU, Language.KK, Language.EN),
                new Term(LocalDate.of(2027, 3, 1), 4, false));
        Wording wording = template(kind).wording().in(agreement.languages());
        Revision revision = new Revision(1L, 1, AgreementFingerprint.fields(agreement), wording, "0".repeat(64), "drafter",
                Instant.parse("2026-11-22T08:00:00Z"), 0);
        Map<String, LocalizedText> regions = agreement.parties().stream()
                .collect(Collectors.toMap(party -> party.region().code(), party -> party.region().name()));

        assertEquals(filler.fill(wording, agreement), filler.fill(wording, AgreementParticulars.of(revision, regions::get)));
    }

    @Test
    void the_term_and_its_renewal_follow_the_agreement() {
        Agreement agreement = OmskPavlodar.agreement(AgreementKind.COOPERATION_AGREEMENT,
                List.of(Language.RU, Language.KK, Language.EN), new Term(null, 3, false));
        Wording filled = filler.fill(template(AgreementKind.COOPERATION_AGREEMENT).wording(), agreement);
        String term = filled.text().find("term").orElseThrow().text().in(Language.RU).orElseThrow();
        assertTrue(term.contains("сроком на 3 года"), term);
        assertTrue(term.contains("прекращается"), term);
        assertTrue(all(filled, Language.EN).contains("Russian, Kazakh and English"));
    }

    @Test
    void a_language_the_wording_is_not_yet_written_in_stays_empty_for_the_translator() {
        Agreement english = OmskPavlodar.agreement(AgreementKind.SISTER_CITY_AGREEMENT,
                List.of(Language.RU, Language.EN), new Term(null, 5, true));
        Wording filled = filler.fill(template(AgreementKind.SISTER_CITY_AGREEMENT).wording(), english);
        assertTrue(filled.preamble().has(Language.RU));
        assertFalse(filled.preamble().has(Language.EN));
        assertEquals(filled.clauses().stream().map(Clause::key).toList(), filled.text().missingIn(Language.EN));
    }

    @Test
    void signatories_their_positions_and_the_start_of_the_term_are_filled_per_language() {
        Agreement agreement = OmskPavlodar.agreement(AgreementKind.COOPERATION_AGREEMENT, List.of(Language.RU, Language.KK),
                new Term(java.time.LocalDate.of(2027, 1, 15), 5, true));
        Wording wording = new Wording(null, null, null, org.pactum.domain.text.AgreementText.of(new Clause("signatures", null,
                LocalizedText.of("{party2.position} {party2.signatory}; срок с {term.startsOn}",
                        "{party2.position} {party2.signatory}; мерзім {term.startsOn} бастап", null))), null);
        Clause filled = filler.fill(wording, agreement).clauses().getFirst();
        String russian = filled.text().in(Language.RU).orElseThrow();
        String kazakh = filled.text().in(Language.KK).orElseThrow();
        assertTrue(russian.contains("15.01.2027 г."), russian);
        assertTrue(kazakh.contains("2027 ж. 15.01"), kazakh);
        assertFalse(russian.contains("{") || kazakh.contains("{"), russian + kazakh);
        assertFalse(russian.equals(kazakh));
    }

    @Test
    void years_are_counted_in_russian_grammar() {
        StandardPhrases phrases = StandardPhrases.load();
        assertEquals(List.of("1 год", "2 года", "5 лет", "11 лет", "21 год", "24 года", "14 лет"),
                List.of(1, 2, 5, 11, 21, 24, 14).stream().map(n -> phrases.years(n, Language.RU)).toList());
        assertEquals("1 year", phrases.years(1, Language.EN));
    }

    private static Template template(AgreementKind kind) {
        return TEMPLATES.stream().filter(template -> template.kind() == kind).findFirst().orElseThrow();
    }

    private static List<LocalizedText> texts(Wording filled) {
        List<LocalizedText> texts = new java.util.ArrayList<>(List.of(filled.kindName(), filled.placeAndDate(),
                filled.preamble(), filled.equallyAuthentic()));
        for (Clause clause : filled.text().clauses()) {
            texts.add(clause.heading());
            texts.add(clause.text());
        }
        return texts;
    }

    private static String all(Wording filled, Language language) {
        return String.join("\n", texts(filled).stream().map(text -> text.in(language).orElse("")).toList());
    }
}
