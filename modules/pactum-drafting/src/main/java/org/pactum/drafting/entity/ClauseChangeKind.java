package org.pactum.drafting.entity;

/**
 * What happened to an article. A clause is moved only when its place among the clauses kept in both revisions
 * changed, not when it was merely renumbered because a clause was inserted or removed before it. When two clauses
 * swap places, either could be said to have moved; one of them is reported, the same one every time.
 */
public enum ClauseChangeKind {
    ADDED,
    REMOVED,
    MOVED,
    /** Its heading or text changed in at least one language. */
    REWORDED,
    MOVED_AND_REWORDED
}
