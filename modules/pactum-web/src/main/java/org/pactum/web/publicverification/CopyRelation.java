package org.pactum.web.publicverification;

/** How an uploaded copy stands to the document Pactum keeps for the link's agreement. */
public enum CopyRelation {
    /** Byte for byte the kept document. */
    SAME,
    /** A revision the kept document continues: signed before the later signatures or validation data were added. */
    EARLIER,
    /** The kept document with revisions appended after it. */
    LATER,
    /** Another revision of the same agreement that neither continues nor precedes the kept one. */
    OTHER_REVISION,
    /** Not this agreement's document (or one Pactum never kept). */
    UNRELATED
}
