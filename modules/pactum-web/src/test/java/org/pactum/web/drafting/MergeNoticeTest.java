package org.pactum.web.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pactum.domain.language.Language;
import org.pactum.drafting.entity.Cell;
import org.pactum.drafting.entity.Origin;

class MergeNoticeTest {

    @Test
    void each_language_of_an_article_is_marked_with_whose_change_it_holds() {
        MergeNotice notice = new MergeNotice(true, false, Map.of(
                Cell.text("subject", Language.RU), Origin.THEIRS,
                Cell.text("subject", Language.KK), Origin.YOURS,
                Cell.article("c-9"), Origin.THEIRS), List.of());

        assertEquals(MergeNotice.THEIRS, notice.articleMark("subject", "ru"));
        assertEquals(MergeNotice.YOURS, notice.articleMark("subject", "kk"));
        assertEquals("", notice.articleMark("subject", "en"));
        assertEquals(MergeNotice.THEIRS, notice.articleMark("c-9", "kk"), "an added article is theirs in every language");
        assertEquals("", notice.articleMark("terms", "ru"));
    }

    @Test
    void a_clash_marks_the_place_as_changed_on_both_sides() {
        MergeNotice notice = new MergeNotice(false, true, Map.of(Cell.passage("preamble", Language.KK), Origin.THEIRS),
                List.of(Cell.heading("subject", Language.RU), Cell.passage("preamble", Language.RU)));

        assertEquals(MergeNotice.BOTH, notice.articleMark("subject", "ru"));
        assertEquals(MergeNotice.BOTH, notice.passageMark("preamble", "ru"));
        assertEquals(MergeNotice.THEIRS, notice.passageMark("preamble", "kk"));
    }

    @Test
    void the_fields_are_taken_from_the_merge_only_when_the_others_changed_one() {
        assertFalse(new MergeNotice(true, false, Map.of(Cell.text("subject", Language.RU), Origin.THEIRS,
                Cell.ARTICLE_ORDER, Origin.THEIRS, Cell.passage("preamble", Language.RU), Origin.THEIRS, "term.years", Origin.YOURS),
                List.of()).takesTheirFields());
        assertTrue(new MergeNotice(true, false, Map.of(Cell.title(Language.KK), Origin.THEIRS), List.of()).takesTheirFields());
    }
}
