package org.pactum.web.revisions;

import java.util.function.UnaryOperator;

import org.pactum.domain.agreement.Revision;
import org.pactum.web.faces.DateDisplay;

/**
 * One saved revision of an agreement in its history.
 *
 * @param contentHash the whole SHA-256, shown on hover; its start is enough to tell revisions apart at a glance
 * @param intact      whether the stored content still has the hash recorded when it was saved
 * @param current     whether it is the agreement's text as it stands
 */
public record RevisionLine(int number, String author, String savedAt, String contentHash, boolean intact, boolean current) {

    private static final int SHOWN_HASH = 12;

    /** @param people turns a username into the name people know the user by */
    public static RevisionLine of(Revision revision, int currentNumber, DateDisplay dates, UnaryOperator<String> people) {
        return new RevisionLine(revision.number(), people.apply(revision.author()), dates.dateTime(revision.savedAt()),
                revision.contentHash(), revision.isIntact(), revision.number() == currentNumber);
    }

    public String shortHash() {
        return contentHash.length() <= SHOWN_HASH ? contentHash : contentHash.substring(0, SHOWN_HASH) + "…";
    }
}
