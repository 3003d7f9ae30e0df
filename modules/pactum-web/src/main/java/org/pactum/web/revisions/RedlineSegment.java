package org.pactum.web.revisions;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import org.pactum.drafting.entity.Segment;

/**
 * A run of a redline as the page marks it up: {@code equal} as written, {@code inserted} in {@code <ins>},
 * {@code deleted} in {@code <del>}. The text keeps its spaces and line breaks, so the runs read as the text does.
 */
public record RedlineSegment(String kind, String text) implements Serializable {

    static List<RedlineSegment> of(List<Segment> segments) {
        return segments.stream()
                .map(segment -> new RedlineSegment(segment.kind().name().toLowerCase(Locale.ROOT), segment.text()))
                .toList();
    }
}
