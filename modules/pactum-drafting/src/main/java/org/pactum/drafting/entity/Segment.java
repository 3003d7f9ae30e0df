package org.pactum.drafting.entity;

import java.util.Objects;

/**
 * A run of a redline: words, spaces and punctuation exactly as written, line and paragraph breaks included, so the
 * runs of a text put together give back the text before (without the inserted ones) and after (without the deleted).
 */
public record Segment(SegmentKind kind, String text) {

    public Segment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
