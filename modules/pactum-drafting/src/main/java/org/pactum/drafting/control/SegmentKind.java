package org.pactum.drafting.control;

/** How a piece of a redline is shown: as it was, underlined as new, or struck through. */
public enum SegmentKind {
    EQUAL,
    INSERTED,
    DELETED
}
