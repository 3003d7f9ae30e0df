package org.pactum.web.reading;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.Term;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.Clause;
import org.pactum.drafting.boundary.Drafting;
import org.pactum.drafting.entity.AgreementParticulars;
import org.pactum.fixtures.OmskPavlodar;
import org.pactum.fixtures.OmskPavlodarRevisions;
import org.pactum.web.faces.ParallelRow;

/** The Omsk–Pavlodar agreement as its page reads it, and what the page marks after a revision that rewords one article. */
class ReadingTextTest {

    private static final AgreementParticulars PARTICULARS = AgreementParticulars.of(OmskPavlodar.agreement(
            AgreementKind.COOPERATION_AGREEMENT, List.of(Language.RU, Language.KK), new Term(null, 5, false)));

    @Test
    void the_text_reads_as_it_prints_part_by_part_and_article_by_article_in_the_agreement_s_languages() {
        ReadingText text = ReadingText.of(3, PARTICULARS, OmskPavlodarRevisions.wording(OmskPavlodarRevisions.clauses()));

        assertAll(
                () -> assertEquals(List.of("ru", "kk"), text.languages()),
                () -> assertEquals(List.of("template.part.kindName", "reading.part.title", "template.part.placeAndDate",
                        "template.part.preamble", "subject", "areas", "working-group", "disputes", "term",
                        "template.part.equallyAuthentic", "reading.part.signatories"),
                        text.rows().stream().map(ReadingTextTest::key).toList()),
                () -> assertEquals(List.of("Разрешение споров", "Дауларды шешу"),
                        text.rows().get(7).cells().stream().map(cell -> cell.heading()).toList()),
                () -> assertEquals(4, text.rows().get(7).number()));
        String signatories = text.rows().getLast().cells().getFirst().text();
        assertTrue(signatories.startsWith(OmskPavlodar.OMSK_RU + "\n") && signatories.contains("\n\n" + OmskPavlodar.PAVLODAR_RU + "\n"),
                signatories);
    }

    @Test
    void a_reworded_article_is_marked_with_its_redline_and_a_removed_one_is_counted() {
        Clause reworded = new Clause("disputes", OmskPavlodarRevisions.DISPUTES.heading(),
                LocalizedText.of("Споры разрешаются совместной комиссией.", "Даулар консультациялар мен келіссөздер арқылы шешіледі.", null));
        List<Clause> changed = OmskPavlodarRevisions.replacing(OmskPavlodarRevisions.DISPUTES, reworded).stream()
                .filter(clause -> !clause.key().equals("working-group")).toList();

        SinceSeen since = SinceSeen.of(new Drafting().compare(OmskPavlodarRevisions.revision(1, OmskPavlodarRevisions.clauses()),
                OmskPavlodarRevisions.revision(2, changed)));

        assertAll(
                () -> assertEquals(1, since.seen()),
                () -> assertEquals(2, since.current()),
                () -> assertEquals(1, since.changed()),
                () -> assertEquals(1, since.removed()),
                () -> assertEquals("REWORDED", since.marks().get("disputes")),
                () -> assertNull(since.marks().get("subject"), "an article only renumbered is not news"),
                () -> assertTrue(since.redlines().get("disputes").get("ru").text().stream()
                        .anyMatch(segment -> segment.kind().equals("inserted") && segment.text().contains("комиссией"))),
                () -> assertNull(since.redlines().get("disputes").get("kk"), "the Kazakh text did not change"));
    }

    private static String key(ParallelRow row) {
        return row.key() == null ? row.labelKey() : row.key();
    }
}
