package org.pactum.drafting.entity;

/** How a piece of a redline is shown: as it was, underlined as new, or struck through. */
public enum SegmentKind {
    EQUAL,
    INSERTED,
    DELETED
}
