package org.pactum.drafting.entity;

import java.util.List;
import java.util.Objects;

import org.pactum.domain.language.Language;

/**
 * One text in one language in both revisions, with its redline word by word.
 *
 * @param before   null where the text was not written in this language (or the clause did not exist)
 * @param after    null where it is not written any more
 * @param segments the redline; one {@link SegmentKind#EQUAL} segment when unchanged, none when absent in both
 */
public record TextChange(Language language, String before, String after, List<Segment> segments) {

    public TextChange {
        Objects.requireNonNull(language, "language");
        segments = List.copyOf(segments);
    }

    public boolean isChanged() {
        return !Objects.equals(before, after);
    }
}
