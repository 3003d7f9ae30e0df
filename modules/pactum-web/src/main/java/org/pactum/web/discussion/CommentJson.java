package org.pactum.web.discussion;

import java.time.Instant;
import java.util.List;

import org.pactum.domain.comment.Comment;

/**
 * A thread's first comment with its replies, or a reply ({@code replies} absent).
 *
 * @param revision   the revision the author was reading
 * @param clauseKey  the article discussed
 * @param resolved   for a thread: whether it is settled; {@code resolvedBy}/{@code resolvedAt} name who last resolved
 *                   or reopened it
 * @param version    send it back to resolve or reopen the thread
 */
public record CommentJson(long id, long thread, int revision, String clauseKey, String author, String text,
                          Instant createdAt, Boolean resolved, String resolvedBy, Instant resolvedAt, Long version,
                          List<CommentJson> replies) {

    static CommentJson thread(Comment start, List<Comment> replies) {
        return new CommentJson(start.id(), start.threadId(), start.revision(), start.clauseKey(), start.author(),
                start.text(), start.createdAt(), start.resolved(), start.resolvedBy().orElse(null),
                start.resolvedAt().orElse(null), start.version(), replies.stream().map(CommentJson::reply).toList());
    }

    static CommentJson reply(Comment reply) {
        return new CommentJson(reply.id(), reply.threadId(), reply.revision(), reply.clauseKey(), reply.author(),
                reply.text(), reply.createdAt(), null, null, null, null, null);
    }

    /** Threads in the order they were started, each with its replies in the order written. */
    static List<CommentJson> threads(List<Comment> comments) {
        return comments.stream().filter(Comment::startsThread)
                .map(start -> thread(start, comments.stream()
                        .filter(comment -> !comment.startsThread() && comment.threadId().equals(start.id())).toList()))
                .toList();
    }
}
