package org.pactum.drafting.entity;

import java.util.List;
import java.util.Objects;

/**
 * One article that was added, removed, moved or reworded.
 *
 * @param articleBefore its article number in {@code from}; null when added
 * @param articleAfter  its article number in {@code to}; null when removed
 * @param headings      one per language the clause has in either revision, in {@code Language} order
 * @param texts         the same languages in the same order, so a column per language pairs each heading with its text
 */
public record ClauseChange(String key, ClauseChangeKind kind, Integer articleBefore, Integer articleAfter,
                           List<TextChange> headings, List<TextChange> texts) {

    public ClauseChange {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        headings = List.copyOf(headings);
        texts = List.copyOf(texts);
    }
}
