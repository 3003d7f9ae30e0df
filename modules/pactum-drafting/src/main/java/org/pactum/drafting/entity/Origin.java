package org.pactum.drafting.entity;

/** Whose edit a cell of a merged draft comes from, seen from the person whose save came late. */
public enum Origin {
    /** Saved by someone else (or in another tab) since the revision the editor started from. */
    THEIRS,
    /** The editor's own change. */
    YOURS
}
