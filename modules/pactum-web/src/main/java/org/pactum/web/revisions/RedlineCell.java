package org.pactum.web.revisions;

import java.io.Serializable;
import java.util.List;

import org.pactum.drafting.entity.TextChange;

/**
 * One language's column of a changed article or passage: its heading and text as redlines.
 *
 * @param heading empty for a passage, and for an article without a heading in either revision
 */
public record RedlineCell(String lang, List<RedlineSegment> heading, List<RedlineSegment> text) implements Serializable {

    static RedlineCell of(TextChange heading, TextChange text) {
        return new RedlineCell(text.language().code(), heading == null ? List.of() : RedlineSegment.of(heading.segments()),
                RedlineSegment.of(text.segments()));
    }
}
