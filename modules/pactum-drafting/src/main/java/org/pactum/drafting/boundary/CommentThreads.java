package org.pactum.drafting.boundary;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.Agreements;
import org.pactum.domain.agreement.Revision;
import org.pactum.domain.agreement.Revisions;
import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.comment.Comment;
import org.pactum.domain.comment.CommentRecorded;
import org.pactum.domain.comment.Comments;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.error.StaleVersionException;

/**
 * The discussion of an agreement while it is negotiated and approved: threads anchored to an article of a revision,
 * kept after signing so approvers and auditors can read how the wording was reached. Each change is audited.
 */
@ApplicationScoped
@Transactional
public class CommentThreads {

    @Inject
    Comments comments;

    @Inject
    Agreements agreements;

    @Inject
    Revisions revisions;

    @Inject
    Event<CommentRecorded> recorded;

    Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    /** Every comment on the agreement, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Comment> on(long agreementId) {
        agreements.get(agreementId);
        return comments.onAgreement(agreementId);
    }

    /** Starts a thread on an article as it reads in the given revision. */
    public Comment open(long agreementId, int revision, String clauseKey, String text, String author) {
        Agreement agreement = discussable(agreementId);
        Revision read = revisions.find(agreementId, revision)
                .orElseThrow(() -> new InvalidInputException("revision", Rule.UNKNOWN, "the agreement has no revision " + revision));
        if (clauseKey != null && read.wording().text().find(clauseKey).isEmpty()) {
            throw new InvalidInputException("clauseKey", Rule.UNKNOWN, "revision " + revision + " has no article " + clauseKey);
        }
        return record(AuditAction.COMMENT_ADDED, agreement,
                comments.add(Comment.open(agreementId, revision, clauseKey, author, text, clock.instant())), author);
    }

    /** Answers in the thread of the comment; the reply is anchored to the agreement's current revision. */
    public Comment reply(long agreementId, long commentId, String text, String author) {
        Agreement agreement = discussable(agreementId);
        Comment replied = commentOn(agreementId, commentId);
        return record(AuditAction.COMMENT_ADDED, agreement,
                comments.add(replied.reply(agreement.revision(), author, text, clock.instant())), author);
    }

    public Comment resolve(long agreementId, long threadId, long expectedVersion, String actor) {
        Comment thread = settle(agreementId, threadId, expectedVersion);
        thread.resolve(actor, clock.instant());
        return record(AuditAction.COMMENT_RESOLVED, agreements.get(agreementId), thread, actor);
    }

    public Comment reopen(long agreementId, long threadId, long expectedVersion, String actor) {
        Comment thread = settle(agreementId, threadId, expectedVersion);
        thread.reopen(actor, clock.instant());
        return record(AuditAction.COMMENT_REOPENED, agreements.get(agreementId), thread, actor);
    }

    private Comment settle(long agreementId, long threadId, long expectedVersion) {
        discussable(agreementId);
        Comment thread = commentOn(agreementId, threadId);
        if (thread.version() != expectedVersion) {
            throw new StaleVersionException("Comment " + threadId, expectedVersion, thread.version());
        }
        return thread;
    }

    private Comment commentOn(long agreementId, long commentId) {
        Comment comment = comments.get(commentId);
        if (comment.agreementId() != agreementId) {
            throw new org.pactum.domain.error.NotFoundException("Comment", commentId);
        }
        return comment;
    }

    /** A signed, rejected or withdrawn agreement's discussion is closed: it is kept as it was. */
    private Agreement discussable(long agreementId) {
        Agreement agreement = agreements.get(agreementId);
        if (agreement.status().isFinal()) {
            throw new InvalidInputException("agreement", Rule.WRONG_STATE, "the agreement is " + agreement.status().name().toLowerCase(java.util.Locale.ROOT)
                    + "; its discussion is closed");
        }
        return agreement;
    }

    private Comment record(AuditAction action, Agreement agreement, Comment comment, String actor) {
        comments.flush();
        recorded.fire(new CommentRecorded(action, comment, agreement, actor));
        return comment;
    }
}
