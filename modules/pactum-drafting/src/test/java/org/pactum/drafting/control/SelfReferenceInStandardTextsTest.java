package org.pactum.drafting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.SelfReference;
import org.pactum.domain.agreement.Term;
import org.pactum.domain.language.Language;
import org.pactum.domain.template.ClauseLibrary;
import org.pactum.domain.template.Template;
import org.pactum.domain.text.AgreementText;
import org.pactum.domain.text.Wording;
import org.pactum.fixtures.OmskPavlodar;

/**
 * Every standard text, filled for an agreement of every kind in every language, names the document as that kind does:
 * no "Соглашения" inside a memorandum, no placeholder left unfilled.
 */
class SelfReferenceInStandardTextsTest {

    private static final List<Language> ALL = List.of(Language.RU, Language.KK, Language.EN);
    private final TemplateFiller filler = new TemplateFiller(StandardPhrases.load());

    @ParameterizedTest
    @EnumSource(AgreementKind.class)
    void every_clause_library_article_names_the_document_by_the_kind_it_is_taken_into(AgreementKind kind) {
        ClauseLibrary library = SeedTemplates.loadLibrary("pactum", Instant.EPOCH);
        Wording articles = new Wording(null, null, null, new AgreementText(library.clauses()), null);

        List<String> mistakes = mistakes(kind, filler.fill(articles, agreement(kind)));

        assertEquals(List.of(), mistakes);
    }

    @ParameterizedTest
    @EnumSource(AgreementKind.class)
    void the_shipped_templates_of_a_kind_name_no_other_kind(AgreementKind kind) {
        for (Template template : SeedTemplates.load()) {
            if (template.kind() == kind) {
                assertEquals(List.of(), mistakes(kind, filler.fill(template.wording(), agreement(kind))), template.id());
            }
        }
    }

    @Test
    void the_library_names_the_document_in_its_case_in_each_language() {
        ClauseLibrary library = SeedTemplates.loadLibrary("pactum", Instant.EPOCH);
        Wording articles = new Wording(null, null, null, new AgreementText(library.clauses()), null);

        String memorandum = everything(filler.fill(articles, agreement(AgreementKind.MEMORANDUM_OF_COOPERATION)));
        String protocol = everything(filler.fill(articles, agreement(AgreementKind.PROTOCOL_OF_INTENT)));

        assertTrue(memorandum.contains("в целях настоящего Меморандума"), memorandum);
        assertTrue(memorandum.contains("по настоящему Меморандуму"), memorandum);
        assertTrue(memorandum.contains("в настоящий Меморандум могут вноситься"), memorandum);
        assertTrue(memorandum.contains("осы Меморандумды іске асыру"), memorandum);
        assertTrue(memorandum.contains("Осы Меморандум бойынша хабарламалар"), memorandum);
        assertTrue(memorandum.contains("under this Memorandum"), memorandum);
        assertTrue(protocol.contains("осы Хаттамаға өзгерістер"), protocol);
        assertTrue(protocol.contains("осы Хаттаманың мақсаттары"), protocol);
        assertTrue(protocol.contains("обязательств по настоящему Протоколу"), protocol);
    }

    @Test
    void a_template_names_its_document_by_placeholder_and_a_draft_of_its_kind_reads_the_words() {
        Template memorandum = SeedTemplates.load("memorandum-of-cooperation");
        String raw = memorandum.wording().clauses().stream().filter(clause -> clause.key().equals("entry-into-force"))
                .findFirst().orElseThrow().text().in(Language.RU).orElseThrow();

        Wording drafted = SelfReference.fill(memorandum.wording(), memorandum.kind());

        assertEquals("{Document.nominative} вступает в силу со дня его подписания последней из Сторон.", raw);
        assertEquals("Настоящий Меморандум вступает в силу со дня его подписания последней из Сторон.",
                drafted.clauses().stream().filter(clause -> clause.key().equals("entry-into-force")).findFirst().orElseThrow()
                        .text().in(Language.RU).orElseThrow());
        assertTrue(drafted.preamble().in(Language.KK).orElseThrow().contains("осы Меморандумды жасасты"));
        assertTrue(drafted.preamble().in(Language.RU).orElseThrow().contains("{party1.organization}"), "other placeholders stay");
    }

    private static Agreement agreement(AgreementKind kind) {
        return OmskPavlodar.agreement(kind, ALL, new Term(null, 5, true));
    }

    private static List<String> mistakes(AgreementKind kind, Wording filled) {
        List<String> mistakes = new ArrayList<>();
        for (Language language : ALL) {
            String text = filled.clauses().stream()
                    .flatMap(clause -> clause.heading().in(language).stream().map(heading -> heading + " " + clause.text().in(language).orElse("")))
                    .reduce("", (a, b) -> a + "\n" + b)
                    + filled.preamble().in(language).orElse("");
            if (text.contains("{") || text.contains("}")) {
                mistakes.add(language.code() + ": a placeholder is left: " + text);
            }
            for (AgreementKind other : AgreementKind.values()) {
                for (String word : SelfReference.kindWords(other)) {
                    if (!SelfReference.kindWords(kind).contains(word) && text.contains(word)) {
                        mistakes.add(language.code() + ": \"" + word + "\" in a " + kind + ": " + text);
                    }
                }
            }
        }
        return mistakes;
    }

    private static String everything(Wording filled) {
        StringBuilder all = new StringBuilder();
        filled.clauses().forEach(clause -> clause.text().asMap().values().forEach(text -> all.append(text).append('\n')));
        return all.toString();
    }
}
