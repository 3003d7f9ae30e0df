package org.pactum.drafting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pactum.fixtures.OmskPavlodarRevisions.AREAS;
import static org.pactum.fixtures.OmskPavlodarRevisions.DISPUTES;
import static org.pactum.fixtures.OmskPavlodarRevisions.INFORMATION;
import static org.pactum.fixtures.OmskPavlodarRevisions.SUBJECT;
import static org.pactum.fixtures.OmskPavlodarRevisions.TERM;
import static org.pactum.fixtures.OmskPavlodarRevisions.WORKING_GROUP;
import static org.pactum.fixtures.OmskPavlodarRevisions.clauses;
import static org.pactum.fixtures.OmskPavlodarRevisions.revision;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pactum.domain.agreement.Revision;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;
import org.pactum.drafting.entity.Changes;
import org.pactum.drafting.entity.ClauseChange;
import org.pactum.drafting.entity.ClauseChangeKind;
import org.pactum.drafting.entity.ComparedRevision;
import org.pactum.drafting.entity.FieldChange;
import org.pactum.drafting.entity.Passage;
import org.pactum.drafting.entity.PassageChange;
import org.pactum.drafting.entity.Segment;
import org.pactum.drafting.entity.SegmentKind;
import org.pactum.drafting.entity.TextChange;
import org.pactum.fixtures.OmskPavlodarRevisions;

class RevisionComparisonTest {

    private final RevisionComparison comparison = new RevisionComparison();

    @Test
    void identical_revisions_have_no_changes_and_every_clause_counts_as_unchanged() {
        Changes changes = comparison.compare(revision(1, clauses()), revision(2, clauses()));

        assertTrue(changes.isEmpty());
        assertEquals(5, changes.unchangedClauses());
        assertEquals(new ComparedRevision(2, "pavlodar.lawyer", changes.to().savedAt(), changes.from().contentHash()), changes.to());
    }

    @Test
    void a_reworded_kazakh_sentence_is_one_reworded_clause_whose_russian_stays_as_it_was() {
        Clause reworded = new Clause("areas", AREAS.heading(), LocalizedText.of(AREAS.text().in(Language.RU).orElseThrow(),
                "Тараптар мынадай салаларда ынтымақтасады: {areas}.\n\nТараптар өзара келісім бойынша ынтымақтастықтың жаңа бағыттарын айқындай алады.",
                null));

        Changes changes = comparison.compare(revision(1, clauses()), revision(2, OmskPavlodarRevisions.replacing(AREAS, reworded)));

        assertEquals(1, changes.clauses().size());
        ClauseChange change = changes.clauses().get(0);
        assertEquals("areas", change.key());
        assertEquals(ClauseChangeKind.REWORDED, change.kind());
        assertEquals(2, change.articleBefore());
        assertEquals(2, change.articleAfter());
        assertEquals(List.of(Language.RU, Language.KK), change.texts().stream().map(TextChange::language).toList());
        assertFalse(change.texts().get(0).isChanged());
        assertEquals(List.of(new Segment(SegmentKind.EQUAL, AREAS.text().in(Language.RU).orElseThrow())), change.texts().get(0).segments());
        assertTrue(change.texts().get(1).isChanged());
        assertEquals(List.of(
                new Segment(SegmentKind.EQUAL, "Тараптар мынадай салаларда ынтымақтасады: {areas}.\n\nТараптар өзара келісім бойынша ынтымақтастықтың "),
                new Segment(SegmentKind.DELETED, "өзге де"),
                new Segment(SegmentKind.INSERTED, "жаңа"),
                new Segment(SegmentKind.EQUAL, " бағыттарын айқындай алады.")), change.texts().get(1).segments());
        assertTrue(change.headings().stream().noneMatch(TextChange::isChanged));
        assertEquals(4, changes.unchangedClauses());
        assertTrue(changes.fields().isEmpty());
        assertTrue(changes.passages().isEmpty());
    }

    @Test
    void an_inserted_clause_is_added_and_the_clauses_after_it_are_only_renumbered_not_moved() {
        Changes changes = comparison.compare(revision(1, clauses()), revision(2, OmskPavlodarRevisions.inserting(3, INFORMATION)));

        assertEquals(1, changes.clauses().size());
        ClauseChange added = changes.clauses().get(0);
        assertEquals(ClauseChangeKind.ADDED, added.kind());
        assertEquals("information", added.key());
        assertNull(added.articleBefore());
        assertEquals(3, added.articleAfter());
        TextChange kazakh = added.texts().get(1);
        assertNull(kazakh.before());
        assertEquals(List.of(new Segment(SegmentKind.INSERTED, INFORMATION.text().in(Language.KK).orElseThrow())), kazakh.segments());
        assertEquals(List.of(new Segment(SegmentKind.INSERTED, "Ақпарат алмасу")), added.headings().get(1).segments());
        assertEquals(5, changes.unchangedClauses());
    }

    @Test
    void a_removed_clause_is_listed_where_it_stood_with_its_old_text_struck_through() {
        Changes changes = comparison.compare(revision(1, clauses()), revision(2, OmskPavlodarRevisions.without(WORKING_GROUP)));

        ClauseChange removed = changes.clauses().get(0);
        assertEquals(ClauseChangeKind.REMOVED, removed.kind());
        assertEquals(3, removed.articleBefore());
        assertNull(removed.articleAfter());
        assertEquals(List.of(new Segment(SegmentKind.DELETED, "Осы Келісімді іске асыру үшін Тараптар бірлескен жұмыс тобын құрады.")),
                removed.texts().get(1).segments());
        assertNull(removed.texts().get(1).after());
        assertEquals(1, changes.clauses().size());
        assertEquals(4, changes.unchangedClauses());
    }

    @Test
    void a_clause_replaced_by_another_is_struck_out_before_the_new_one_in_the_order_of_the_newer_text() {
        List<Clause> replaced = List.of(SUBJECT, AREAS, INFORMATION, DISPUTES, TERM);

        Changes changes = comparison.compare(revision(1, clauses()), revision(2, replaced));

        assertEquals(List.of("working-group", "information"), changes.clauses().stream().map(ClauseChange::key).toList());
        assertEquals(List.of(ClauseChangeKind.REMOVED, ClauseChangeKind.ADDED), changes.clauses().stream().map(ClauseChange::kind).toList());
    }

    @Test
    void a_clause_moved_up_is_the_only_one_reported_as_moved() {
        List<Clause> moved = List.of(SUBJECT, DISPUTES, AREAS, WORKING_GROUP, TERM);

        Changes changes = comparison.compare(revision(1, clauses()), revision(2, moved));

        assertEquals(1, changes.clauses().size());
        ClauseChange change = changes.clauses().get(0);
        assertEquals("disputes", change.key());
        assertEquals(ClauseChangeKind.MOVED, change.kind());
        assertEquals(4, change.articleBefore());
        assertEquals(2, change.articleAfter());
        assertTrue(change.texts().stream().noneMatch(TextChange::isChanged));
        assertEquals(4, changes.unchangedClauses());
    }

    @Test
    void a_clause_moved_and_reworded_is_reported_as_both() {
        Clause reworded = new Clause("term", TERM.heading(),
                LocalizedText.of("Соглашение заключается сроком на {term.years} и продлевается автоматически.", TERM.text().in(Language.KK).orElseThrow(), null));

        Changes changes = comparison.compare(revision(1, clauses()), revision(2, List.of(SUBJECT, reworded, AREAS, WORKING_GROUP, DISPUTES)));

        ClauseChange change = changes.clauses().get(0);
        assertEquals(ClauseChangeKind.MOVED_AND_REWORDED, change.kind());
        assertEquals(List.of(
                new Segment(SegmentKind.EQUAL, "Соглашение заключается сроком на {term.years}"),
                new Segment(SegmentKind.INSERTED, " и продлевается автоматически"),
                new Segment(SegmentKind.EQUAL, ".")), change.texts().get(0).segments());
    }

    @Test
    void a_changed_heading_alone_rewords_the_clause_with_its_text_unchanged() {
        Clause renamed = new Clause("disputes", LocalizedText.of("Порядок разрешения споров", "Дауларды шешу тәртібі", null), DISPUTES.text());

        Changes changes = comparison.compare(revision(1, clauses()), revision(2, OmskPavlodarRevisions.replacing(DISPUTES, renamed)));

        ClauseChange change = changes.clauses().get(0);
        assertEquals(ClauseChangeKind.REWORDED, change.kind());
        assertTrue(change.texts().stream().noneMatch(TextChange::isChanged));
        assertEquals(List.of(new Segment(SegmentKind.DELETED, "Разрешение"), new Segment(SegmentKind.INSERTED, "Порядок разрешения"),
                        new Segment(SegmentKind.EQUAL, " споров")),
                change.headings().get(0).segments());
        assertEquals(List.of(new Segment(SegmentKind.EQUAL, "Дауларды шешу"), new Segment(SegmentKind.INSERTED, " тәртібі")),
                change.headings().get(1).segments());
    }

    @Test
    void changed_added_and_removed_fields_are_listed_by_name_with_their_values() {
        Map<String, String> fields = OmskPavlodarRevisions.fields();
        fields.put("title.kk", "Сауда-экономикалық ынтымақтастық туралы келісім");
        fields.put("term.years", "3");
        fields.put("term.startsOn", "2027-01-01");
        fields.remove("areas");

        Changes changes = comparison.compare(revision(1, clauses()), revision(2, fields, OmskPavlodarRevisions.wording(clauses())));

        assertEquals(List.of(
                new FieldChange("areas", "EDUCATION,TOURISM", null),
                new FieldChange("term.startsOn", null, "2027-01-01"),
                new FieldChange("term.years", "5", "3"),
                new FieldChange("title.kk", "Ынтымақтастық туралы келісім", "Сауда-экономикалық ынтымақтастық туралы келісім")), changes.fields());
        assertTrue(changes.clauses().isEmpty());
        assertFalse(changes.isEmpty());
    }

    @Test
    void a_reworded_preamble_is_a_passage_change_per_language() {
        Wording before = OmskPavlodarRevisions.wording(clauses());
        Wording after = new Wording(before.kindName(), before.placeAndDate(),
                LocalizedText.of(before.preamble().in(Language.RU).orElseThrow(),
                        "{party1.organization} мен {party2.organization}, бұдан әрі «Тараптар», төмендегілер туралы келісті:", "{party1.organization} and {party2.organization} have agreed:"),
                before.text(), before.equallyAuthentic());

        Changes changes = comparison.compare(revision(1, clauses()), revision(2, OmskPavlodarRevisions.fields(), after));

        assertEquals(1, changes.passages().size());
        PassageChange preamble = changes.passages().get(0);
        assertEquals(Passage.PREAMBLE, preamble.passage());
        assertEquals(List.of(Language.RU, Language.KK, Language.EN), preamble.texts().stream().map(TextChange::language).toList());
        assertEquals(List.of(false, true, true), preamble.texts().stream().map(TextChange::isChanged).toList());
        assertEquals(List.of(
                new Segment(SegmentKind.EQUAL, "{party1.organization} "),
                new Segment(SegmentKind.DELETED, "және"),
                new Segment(SegmentKind.INSERTED, "мен"),
                new Segment(SegmentKind.EQUAL, " {party2.organization}, бұдан әрі «Тараптар», төмендегілер туралы келісті:")),
                preamble.texts().get(1).segments());
        assertNull(preamble.texts().get(2).before());
    }

    @Test
    void comparing_a_newer_revision_with_an_older_one_reads_the_other_way() {
        Revision older = revision(2, clauses());
        Revision newer = revision(3, OmskPavlodarRevisions.inserting(3, INFORMATION));

        Changes changes = comparison.compare(newer, older);

        assertEquals(3, changes.from().number());
        assertEquals(2, changes.to().number());
        ClauseChange change = changes.clauses().get(0);
        assertEquals(ClauseChangeKind.REMOVED, change.kind());
        assertEquals(3, change.articleBefore());
        assertNull(change.articleAfter());
    }

    @Test
    void markup_and_braces_in_a_text_pass_through_as_they_are() {
        String script = "Стороны <script>alert('{party1.organization}')</script> & {areas} сотрудничают.";
        Clause edited = new Clause("subject", SUBJECT.heading(), LocalizedText.of(script, SUBJECT.text().in(Language.KK).orElseThrow(), null));

        TextChange russian = comparison.compare(revision(1, clauses()), revision(2, OmskPavlodarRevisions.replacing(SUBJECT, edited)))
                .clauses().get(0).texts().get(0);

        assertEquals(script, russian.after());
        assertEquals(script, String.join("", russian.segments().stream()
                .filter(segment -> segment.kind() != SegmentKind.DELETED).map(Segment::text).toList()));
        assertTrue(russian.segments().stream().anyMatch(segment -> segment.kind() == SegmentKind.INSERTED
                && segment.text().contains("<script>alert('{party1.organization}')</script>")), russian.segments().toString());
    }
}
