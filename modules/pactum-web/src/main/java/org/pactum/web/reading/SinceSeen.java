package org.pactum.web.reading;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.pactum.drafting.entity.Changes;
import org.pactum.drafting.entity.ClauseChangeKind;
import org.pactum.web.revisions.RedlineArticle;
import org.pactum.web.revisions.RedlineCell;
import org.pactum.web.revisions.RedlinePassage;

/**
 * What changed since the revision the reader last saw, as the reading view marks it: the rows that changed, each
 * changed article's redline per language, and what the text no longer shows (removed articles, changed fields).
 *
 * @param seen     the revision the reader last saw (or saved)
 * @param current  the agreement's revision now
 * @param marks    by article key, or by a part's label key, how it changed: a {@link ClauseChangeKind} name
 * @param redlines by article key and language code, the words inserted and deleted
 * @param changed  how many of the current articles were added, moved or reworded
 * @param removed  how many articles were removed
 * @param fields   whether fields outside the wording changed too: title, parties, term, areas
 */
public record SinceSeen(int seen, int current, Map<String, String> marks, Map<String, Map<String, RedlineCell>> redlines,
                        int changed, int removed, boolean fields) implements Serializable {

    static SinceSeen of(Changes changes) {
        Map<String, String> marks = new HashMap<>();
        Map<String, Map<String, RedlineCell>> redlines = new HashMap<>();
        int removed = 0;
        for (RedlineArticle article : changes.clauses().stream().map(RedlineArticle::of).toList()) {
            if (article.kind() == ClauseChangeKind.REMOVED) {
                removed++;
                continue;
            }
            marks.put(article.key(), article.kind().name());
            redlines.put(article.key(), Map.copyOf(article.cells().stream()
                    .collect(Collectors.toMap(RedlineCell::lang, cell -> cell))));
        }
        int changed = marks.size();
        changes.passages().stream().map(RedlinePassage::of)
                .forEach(passage -> marks.put(passage.labelKey(), ClauseChangeKind.REWORDED.name()));
        return new SinceSeen(changes.from().number(), changes.to().number(), Map.copyOf(marks), Map.copyOf(redlines),
                changed, removed, !changes.fields().isEmpty());
    }
}
