package org.pactum.web.revisions;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.pactum.drafting.entity.ClauseChange;
import org.pactum.drafting.entity.ClauseChangeKind;
import org.pactum.drafting.entity.TextChange;

/**
 * One changed article of a comparison, with a column for each language whose heading or text changed. An article
 * that only moved shows every language unchanged, so the reader sees what moved; one added or removed shows its whole
 * text inserted or struck through.
 *
 * @param before its number in the earlier revision; null when added
 * @param after  its number in the later revision; null when removed
 */
public record RedlineArticle(String key, ClauseChangeKind kind, Integer before, Integer after, List<RedlineCell> cells)
        implements Serializable {

    public static RedlineArticle of(ClauseChange change) {
        List<RedlineCell> cells = new ArrayList<>();
        for (int i = 0; i < change.texts().size(); i++) {
            TextChange heading = change.headings().get(i);
            TextChange text = change.texts().get(i);
            if (change.kind() == ClauseChangeKind.MOVED || heading.isChanged() || text.isChanged()) {
                cells.add(RedlineCell.of(heading, text));
            }
        }
        return new RedlineArticle(change.key(), change.kind(), change.articleBefore(), change.articleAfter(), cells);
    }
}
