package org.pactum.web.revisions;

import java.util.function.UnaryOperator;

import org.pactum.drafting.entity.ComparedRevision;
import org.pactum.web.faces.DateDisplay;

/** One side of a comparison: which revision, who saved it, when. */
public record ComparedSide(int number, String author, String savedAt) {

    /** @param people turns a username into the name people know the user by */
    static ComparedSide of(ComparedRevision revision, DateDisplay dates, UnaryOperator<String> people) {
        return new ComparedSide(revision.number(), people.apply(revision.author()), dates.dateTime(revision.savedAt()));
    }
}
