package org.pactum.drafting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.Term;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.template.Template;
import org.pactum.domain.text.AgreementText;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;
import org.pactum.drafting.entity.AgreementParticulars;
import org.pactum.fixtures.OmskPavlodar;
import org.pactum.pdf.agreement.AgreementDocument;
import org.pactum.pdf.agreement.AgreementPdf;

class PlaceOfSigningTest {

    private static final LocalizedText OMSK = LocalizedText.of("г. Омск", "Омбы қ.", null);
    private final TemplateFiller filler = new TemplateFiller(StandardPhrases.load());

    @Test
    void the_place_given_when_a_draft_starts_opens_its_place_and_date_line_in_each_language() {
        Wording named = PlaceOfSigning.named(memorandum().wording(), OMSK);

        assertEquals("г. Омск, {date}", named.placeAndDate().in(Language.RU).orElseThrow());
        assertEquals("Омбы қ., {date}", named.placeAndDate().in(Language.KK).orElseThrow());
        assertEquals(memorandum().wording().preamble(), named.preamble());
    }

    @Test
    void without_a_place_the_template_leaves_a_blank_for_it_before_the_date() {
        Wording wording = memorandum().wording();

        assertSame(wording, PlaceOfSigning.named(wording, LocalizedText.empty()));
        assertEquals("г. ______________, {date}", wording.placeAndDate().in(Language.RU).orElseThrow());
        assertEquals("______________ қ., {date}", wording.placeAndDate().in(Language.KK).orElseThrow());
    }

    /** Writes target/memorandum-omsk.pdf: a memorandum with the clause library's articles, to be looked at. */
    @Test
    void a_memorandum_with_standard_articles_prints_its_place_and_names_itself_a_memorandum() throws IOException {
        Agreement agreement = OmskPavlodar.agreement(AgreementKind.MEMORANDUM_OF_COOPERATION, List.of(Language.RU, Language.KK),
                new Term(null, 3, false));
        Wording template = PlaceOfSigning.named(memorandum().wording(), OMSK);
        List<Clause> clauses = new ArrayList<>(template.clauses());
        clauses.addAll(SeedTemplates.loadLibrary("pactum", Instant.EPOCH).clauses());
        Wording filled = filler.fill(new Wording(template.kindName(), template.placeAndDate(), template.preamble(),
                new AgreementText(clauses), template.equallyAuthentic()), agreement);
        AgreementParticulars particulars = AgreementParticulars.of(agreement);

        byte[] pdf = AgreementPdf.render(new AgreementDocument(particulars.number(), 1, "0".repeat(64), particulars.languages(),
                filled.kindName(), particulars.title(), filled.placeAndDate(), filled.preamble(), filled.text(),
                filled.equallyAuthentic(), particulars.parties().stream().map(party -> new AgreementDocument.Signatory(
                        party.organization(), party.name(), party.position())).toList(), true, Instant.EPOCH)).pdf();
        Files.write(Path.of("target", "memorandum-omsk.pdf"), pdf);

        assertTrue(filled.placeAndDate().in(Language.RU).orElseThrow().startsWith("г. Омск, «___»"), filled.placeAndDate()::toString);
        String russian = filled.clauses().stream().map(clause -> clause.text().in(Language.RU).orElseThrow()).reduce("", String::concat);
        assertTrue(russian.contains("в целях настоящего Меморандума"), russian);
        assertTrue(!russian.contains("Соглашени"), russian);
    }

    private static Template memorandum() {
        return SeedTemplates.load().stream().filter(template -> template.kind() == AgreementKind.MEMORANDUM_OF_COOPERATION)
                .findFirst().orElseThrow();
    }
}
