package org.pactum.web.discussion;

import java.io.Serializable;
import java.util.List;

import org.pactum.web.faces.Shown;

/**
 * The threads on one article, under the article's number and heading as the agreement now reads. An article deleted
 * since keeps its threads, named as it was numbered in the revision they were written on.
 *
 * @param number  the article's number now; for a removed article, its number in {@code revision}
 * @param removed whether the current revision no longer has the article
 */
public record DiscussionArticle(String key, int number, Shown heading, boolean removed, int revision,
                                List<ThreadLine> threads) implements Serializable {

    public long openThreads() {
        return threads.stream().filter(thread -> !thread.resolved()).count();
    }
}
