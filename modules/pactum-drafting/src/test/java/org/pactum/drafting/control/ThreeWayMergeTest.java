package org.pactum.drafting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pactum.fixtures.OmskPavlodarRevisions.AREAS;
import static org.pactum.fixtures.OmskPavlodarRevisions.DISPUTES;
import static org.pactum.fixtures.OmskPavlodarRevisions.INFORMATION;
import static org.pactum.fixtures.OmskPavlodarRevisions.SUBJECT;
import static org.pactum.fixtures.OmskPavlodarRevisions.clauses;
import static org.pactum.fixtures.OmskPavlodarRevisions.inserting;
import static org.pactum.fixtures.OmskPavlodarRevisions.replacing;
import static org.pactum.fixtures.OmskPavlodarRevisions.without;
import static org.pactum.fixtures.OmskPavlodarRevisions.wording;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.CooperationArea;
import org.pactum.domain.agreement.Revision;
import org.pactum.domain.agreement.Term;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;
import org.pactum.drafting.entity.Cell;
import org.pactum.drafting.entity.MergedEdit;
import org.pactum.drafting.entity.Origin;
import org.pactum.fixtures.OmskPavlodarRevisions;
import org.pactum.registry.boundary.AgreementDraft;

class ThreeWayMergeTest {

    private static final String RU_SUBJECT = "Стороны развивают всестороннее сотрудничество на основе равноправия.";
    private static final String KK_SUBJECT = "Тараптар жан-жақты ынтымақтастықты дамытады.";

    private final Revision base = revision(1, clauses());

    @Test
    void russian_changed_by_one_and_kazakh_by_the_other_merge_into_both() {
        Revision theirs = revision(2, replacing(SUBJECT, withText(SUBJECT, RU_SUBJECT, null)));
        Wording yours = wording(replacing(SUBJECT, withText(SUBJECT, null, KK_SUBJECT)));

        MergedEdit merged = merge(theirs, yours, Set.of("pavlodar.lawyer"));

        assertTrue(merged.isClean());
        Clause subject = merged.wording().text().find("subject").orElseThrow();
        assertEquals(Optional.of(RU_SUBJECT), subject.text().in(Language.RU));
        assertEquals(Optional.of(KK_SUBJECT), subject.text().in(Language.KK));
        assertEquals(Map.of(Cell.text("subject", Language.RU), Origin.THEIRS, Cell.text("subject", Language.KK), Origin.YOURS),
                merged.origins());
        assertFalse(merged.isFromAnotherTabOf("omsk.drafter"));
    }

    @Test
    void the_same_cell_changed_differently_on_both_sides_is_a_conflict_that_keeps_your_text() {
        Revision theirs = revision(2, replacing(SUBJECT, withText(SUBJECT, RU_SUBJECT, null)));
        Wording yours = wording(replacing(SUBJECT, withText(SUBJECT, "Стороны сотрудничают.", KK_SUBJECT)));

        MergedEdit merged = merge(theirs, yours, Set.of("pavlodar.lawyer"));

        assertFalse(merged.isClean());
        assertEquals(List.of(Cell.text("subject", Language.RU)), merged.conflicts());
        Clause subject = merged.wording().text().find("subject").orElseThrow();
        assertEquals(Optional.of("Стороны сотрудничают."), subject.text().in(Language.RU));
        assertEquals(Optional.of(KK_SUBJECT), subject.text().in(Language.KK));
    }

    @Test
    void the_same_cell_changed_alike_on_both_sides_is_no_conflict() {
        Revision theirs = revision(2, replacing(SUBJECT, withText(SUBJECT, RU_SUBJECT, null)));
        Wording yours = wording(replacing(SUBJECT, withText(SUBJECT, RU_SUBJECT, null)));

        MergedEdit merged = merge(theirs, yours, Set.of("pavlodar.lawyer"));

        assertTrue(merged.isClean());
        assertEquals(theirs.wording(), merged.wording());
        assertTrue(merged.origins().isEmpty());
    }

    @Test
    void a_save_of_the_same_editor_in_another_tab_is_told_as_such() {
        Revision theirs = revision(2, replacing(SUBJECT, withText(SUBJECT, RU_SUBJECT, null)));

        MergedEdit merged = merge(theirs, wording(replacing(SUBJECT, withText(SUBJECT, null, KK_SUBJECT))), Set.of("omsk.drafter"));

        assertTrue(merged.isFromAnotherTabOf("omsk.drafter"));
        assertFalse(merged.isFromAnotherTabOf("pavlodar.lawyer"));
    }

    @Test
    void an_article_added_by_one_side_is_kept_in_its_place_beside_the_other_sides_rewording() {
        Revision theirs = revision(2, inserting(2, INFORMATION));
        Wording yours = wording(replacing(DISPUTES, withText(DISPUTES, "Споры разрешаются переговорами.", null)));

        MergedEdit merged = merge(theirs, yours, Set.of("pavlodar.lawyer"));

        assertTrue(merged.isClean());
        assertEquals(List.of("subject", "information", "areas", "working-group", "disputes", "term"), keys(merged.wording()));
        assertEquals(Optional.of("Споры разрешаются переговорами."),
                merged.wording().text().find("disputes").orElseThrow().text().in(Language.RU));
        assertEquals(Optional.of(Origin.THEIRS), merged.originOf(Cell.article("information")));
        assertEquals(Optional.of(Origin.YOURS), merged.originOf(Cell.text("disputes", Language.RU)));
    }

    @Test
    void an_article_you_added_stays_after_the_article_you_put_it_after_when_the_others_added_elsewhere() {
        Clause yourNew = new Clause("c-9", LocalizedText.of("Финансирование", "Қаржыландыру", null),
                LocalizedText.of("Каждая Сторона несёт свои расходы.", "Әр Тарап өз шығындарын көтереді.", null));
        Revision theirs = revision(2, inserting(2, INFORMATION));
        List<Clause> yourClauses = new ArrayList<>(clauses());
        yourClauses.add(4, yourNew);

        MergedEdit merged = merge(theirs, wording(yourClauses), Set.of("pavlodar.lawyer"));

        assertTrue(merged.isClean());
        assertEquals(List.of("subject", "information", "areas", "working-group", "disputes", "c-9", "term"), keys(merged.wording()));
        assertEquals(Optional.of(Origin.YOURS), merged.originOf(Cell.article("c-9")));
    }

    @Test
    void an_article_removed_by_one_side_and_left_alone_by_the_other_is_removed() {
        Revision theirs = revision(2, without(AREAS));

        MergedEdit merged = merge(theirs, wording(replacing(SUBJECT, withText(SUBJECT, RU_SUBJECT, null))), Set.of("pavlodar.lawyer"));

        assertTrue(merged.isClean());
        assertEquals(List.of("subject", "working-group", "disputes", "term"), keys(merged.wording()));
        assertEquals(Optional.of(Origin.THEIRS), merged.originOf(Cell.article("areas")));
    }

    @Test
    void an_article_removed_by_one_side_but_reworded_by_the_other_is_a_conflict_and_keeps_the_text() {
        Revision theirs = revision(2, without(SUBJECT));

        MergedEdit merged = merge(theirs, wording(replacing(SUBJECT, withText(SUBJECT, RU_SUBJECT, null))), Set.of("pavlodar.lawyer"));

        assertEquals(List.of(Cell.article("subject")), merged.conflicts());
        assertEquals(Optional.of(RU_SUBJECT), merged.wording().text().find("subject").orElseThrow().text().in(Language.RU));
    }

    @Test
    void two_different_articles_added_under_the_same_new_key_are_a_conflict() {
        Clause theirNew = new Clause("c-9", LocalizedText.of("Финансирование", null, null), LocalizedText.of("Расходы пополам.", null, null));
        Clause yourNew = new Clause("c-9", LocalizedText.of("Связь", null, null), LocalizedText.of("Стороны назначают координаторов.", null, null));

        MergedEdit merged = merge(revision(2, inserting(6, theirNew)), wording(inserting(6, yourNew)), Set.of("pavlodar.lawyer"));

        assertEquals(List.of(Cell.article("c-9")), merged.conflicts());
    }

    @Test
    void articles_moved_differently_on_both_sides_are_a_conflict_of_order() {
        List<Clause> theirOrder = new ArrayList<>(clauses());
        theirOrder.add(0, theirOrder.remove(4));
        List<Clause> yourOrder = new ArrayList<>(clauses());
        yourOrder.add(yourOrder.remove(0));

        MergedEdit merged = merge(revision(2, theirOrder), wording(yourOrder), Set.of("pavlodar.lawyer"));

        assertEquals(List.of(Cell.ARTICLE_ORDER), merged.conflicts());
        assertEquals(keys(wording(yourOrder)), keys(merged.wording()));
    }

    @Test
    void a_move_on_one_side_is_taken_with_the_other_sides_rewording() {
        List<Clause> theirOrder = new ArrayList<>(clauses());
        theirOrder.add(0, theirOrder.remove(4));

        MergedEdit merged = merge(revision(2, theirOrder), wording(replacing(SUBJECT, withText(SUBJECT, null, KK_SUBJECT))),
                Set.of("pavlodar.lawyer"));

        assertTrue(merged.isClean());
        assertEquals(List.of("term", "subject", "areas", "working-group", "disputes"), keys(merged.wording()));
        assertEquals(Optional.of(Origin.THEIRS), merged.originOf(Cell.ARTICLE_ORDER));
    }

    @Test
    void fields_changed_on_different_sides_merge_and_the_same_field_changed_differently_is_a_conflict() {
        Map<String, String> theirFields = fields();
        theirFields.put("title.kk", "Сауда-экономикалық ынтымақтастық туралы келісім");
        Revision theirs = revision(2, theirFields, wording(clauses()));
        AgreementDraft yours = draft(LocalizedText.of("Соглашение о торгово-экономическом сотрудничестве", "Ынтымақтастық туралы келісім", null), 10);

        MergedEdit merged = ThreeWayMerge.merge(base, theirs, yours, wording(clauses()), Set.of("pavlodar.lawyer"));

        assertTrue(merged.isClean());
        assertEquals(LocalizedText.of("Соглашение о торгово-экономическом сотрудничестве", "Сауда-экономикалық ынтымақтастық туралы келісім", null),
                ThreeWayMerge.draftOf(merged).title());
        assertEquals(10, ThreeWayMerge.draftOf(merged).term().years());
        assertEquals(List.of(1L, 2L), ThreeWayMerge.draftOf(merged).partyIds());
        assertEquals(EnumSet.of(CooperationArea.EDUCATION, CooperationArea.TOURISM), ThreeWayMerge.draftOf(merged).areas());

        Map<String, String> otherTerm = new TreeMap<>(theirFields);
        otherTerm.put("term.years", "7");
        MergedEdit clashing = ThreeWayMerge.merge(base, revision(2, otherTerm, wording(clauses())), yours, wording(clauses()), Set.of("x"));
        assertEquals(List.of("term.years"), clashing.conflicts());
    }

    @Test
    void a_save_that_leaves_the_wording_as_it_was_takes_the_others_wording() {
        Revision theirs = revision(2, replacing(SUBJECT, withText(SUBJECT, RU_SUBJECT, null)));

        MergedEdit merged = ThreeWayMerge.merge(base, theirs, draft(title(), 5), null, Set.of("pavlodar.lawyer"));

        assertTrue(merged.isClean());
        assertEquals(theirs.wording(), merged.wording());
    }

    /** The sample's fields, complete as a saved revision records them (the sample leaves out what it does not compare). */
    private static Map<String, String> fields() {
        Map<String, String> fields = new TreeMap<>(OmskPavlodarRevisions.fields());
        fields.put("kind", AgreementKind.COOPERATION_AGREEMENT.name());
        fields.put("languages", "ru,kk");
        fields.put("parties[0].id", "1");
        fields.put("parties[1].id", "2");
        fields.put("term.autoRenewal", "true");
        return fields;
    }

    private static Revision revision(int number, List<Clause> clauses) {
        return revision(number, fields(), wording(clauses));
    }

    private static Revision revision(int number, Map<String, String> fields, Wording wording) {
        return OmskPavlodarRevisions.revision(number, fields, wording);
    }

    private MergedEdit merge(Revision theirs, Wording yours, Set<String> theirEditors) {
        return ThreeWayMerge.merge(base, theirs, draft(title(), 5), yours, theirEditors);
    }

    /** The base's fields as the editor sends them: parties by id, as the revision's fields record them. */
    private static AgreementDraft draft(LocalizedText title, int years) {
        return new AgreementDraft(AgreementKind.COOPERATION_AGREEMENT, List.of(Language.RU, Language.KK), title, List.of(1L, 2L),
                EnumSet.of(CooperationArea.EDUCATION, CooperationArea.TOURISM), new Term(null, years, true));
    }

    private static LocalizedText title() {
        return LocalizedText.of(OmskPavlodarRevisions.fields().get("title.ru"), OmskPavlodarRevisions.fields().get("title.kk"), null);
    }

    private static Clause withText(Clause clause, String ru, String kk) {
        return new Clause(clause.key(), clause.heading(), LocalizedText.of(ru == null ? clause.text().in(Language.RU).orElse(null) : ru,
                kk == null ? clause.text().in(Language.KK).orElse(null) : kk, null));
    }

    private static List<String> keys(Wording wording) {
        return wording.clauses().stream().map(Clause::key).toList();
    }
}
