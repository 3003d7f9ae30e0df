package org.pactum.web.discussion;

import java.io.Serializable;
import java.util.List;

/**
 * One discussion thread on an article: the remark that started it, its answers, and whether it is settled.
 *
 * @param version    the thread's version as shown, sent back when resolving or reopening it
 * @param revision   the revision the remark was written on
 * @param earlier    whether that revision is older than the agreement's current one, so the wording may have moved on
 * @param settledBy  who last resolved or reopened the thread (with {@code settledAt}); empty if nobody did
 */
public record ThreadLine(long id, long version, int revision, boolean earlier, String author, String writtenAt,
                         String text, boolean resolved, String settledBy, String settledAt, List<ReplyLine> replies)
        implements Serializable {

    /** Reopened: it was resolved once and brought up again. */
    public boolean reopened() {
        return !resolved && !settledBy.isEmpty();
    }
}
