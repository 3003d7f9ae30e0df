package org.pactum.drafting.entity;

import java.util.List;
import java.util.Objects;

/**
 * Everything that differs between two revisions, field by field, passage by passage, clause by clause and language by
 * language. "Before" is always {@code from} and "after" {@code to}, whichever of the two was saved first.
 *
 * @param fields           in the order of their names
 * @param passages         only those that differ, in {@link Passage} order
 * @param clauses          only the clauses that changed, in the order of {@code to}, removed ones where they stood
 * @param unchangedClauses clauses in both revisions, in place and worded the same, left out of {@code clauses}
 */
public record Changes(ComparedRevision from, ComparedRevision to, List<FieldChange> fields, List<PassageChange> passages,
                      List<ClauseChange> clauses, int unchangedClauses) {

    public Changes {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        fields = List.copyOf(fields);
        passages = List.copyOf(passages);
        clauses = List.copyOf(clauses);
    }

    /** Whether the two revisions say the same: what a negotiator saving without an edit would produce. */
    public boolean isEmpty() {
        return fields.isEmpty() && passages.isEmpty() && clauses.isEmpty();
    }
}
