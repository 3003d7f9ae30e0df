package org.pactum.domain.comment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.error.Violations;
import org.pactum.domain.printable.PrintableText;
import org.pactum.domain.printable.TextShape;

/**
 * A remark on one article of one revision of an agreement, or a reply in its thread. The first comment of a thread
 * carries the thread's state: open until someone resolves it, reopened when the point comes up again. Comments are
 * never edited, so a thread stays a faithful record of the negotiation.
 */
public class Comment {

    public static final int MAX_LENGTH = 4_000;
    private static final Pattern CLAUSE_KEY = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private Long id;
    private long agreementId;
    private int revision;
    private String clauseKey;
    private Long threadId;
    private String author;
    private String text;
    private Instant createdAt;
    private boolean resolved;
    private String resolvedBy;
    private Instant resolvedAt;
    private long version;

    protected Comment() {
    }

    /** Starts a thread on an article of a revision. */
    public static Comment open(long agreementId, int revision, String clauseKey, String author, String text, Instant now) {
        Violations violations = new Violations()
                .check(revision >= 1, "revision", Rule.OUT_OF_RANGE, "must name a revision of the agreement")
                .check(clauseKey != null && CLAUSE_KEY.matcher(clauseKey).matches(), "clauseKey", Rule.MALFORMED, "must name an article of the agreement");
        checkText(text, violations);
        violations.throwIfAny();
        Comment comment = new Comment();
        comment.agreementId = agreementId;
        comment.revision = revision;
        comment.clauseKey = clauseKey;
        comment.author = Objects.requireNonNull(author, "author");
        comment.text = text.strip();
        comment.createdAt = now;
        return comment;
    }

    /** Answers in this comment's thread; replies to a reply join the same thread. */
    public Comment reply(int revision, String author, String text, Instant now) {
        if (threadId() == null) {
            throw new IllegalStateException("a comment is stored, and so has an id, before anyone replies to it");
        }
        Comment reply = open(agreementId, revision, clauseKey, author, text, now);
        reply.threadId = threadId();
        return reply;
    }

    public void resolve(String actor, Instant now) {
        requireThreadStart();
        if (resolved) {
            throw new InvalidInputException("resolved", Rule.WRONG_STATE, "the thread is already resolved");
        }
        resolved = true;
        resolvedBy = actor;
        resolvedAt = now;
    }

    public void reopen(String actor, Instant now) {
        requireThreadStart();
        if (!resolved) {
            throw new InvalidInputException("resolved", Rule.WRONG_STATE, "the thread is open");
        }
        resolved = false;
        resolvedBy = actor;
        resolvedAt = now;
    }

    private void requireThreadStart() {
        if (threadId != null) {
            throw new InvalidInputException("id", Rule.WRONG_STATE, "only a thread as a whole is resolved or reopened, through its first comment " + threadId);
        }
    }

    private static void checkText(String text, Violations violations) {
        violations.check(text != null && !text.isBlank(), "text", Rule.REQUIRED, "must not be blank");
        violations.check(text == null || text.strip().length() <= MAX_LENGTH, "text", Rule.TOO_LONG, MAX_LENGTH, "must be at most " + MAX_LENGTH + " characters");
        PrintableText.check(violations, "text", text, TextShape.PARAGRAPHS);
    }

    public Long id() {
        return id;
    }

    public long agreementId() {
        return agreementId;
    }

    /** The revision the author was reading when writing. */
    public int revision() {
        return revision;
    }

    /** The article discussed, by its stable key. */
    public String clauseKey() {
        return clauseKey;
    }

    /** The id of the thread's first comment; that comment's own id when this comment starts the thread. */
    public Long threadId() {
        return threadId == null ? id : threadId;
    }

    public boolean startsThread() {
        return threadId == null;
    }

    public String author() {
        return author;
    }

    public String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** For the first comment of a thread: whether the thread is settled. */
    public boolean resolved() {
        return resolved;
    }

    /** Who last resolved or reopened the thread. */
    public Optional<String> resolvedBy() {
        return Optional.ofNullable(resolvedBy);
    }

    public Optional<Instant> resolvedAt() {
        return Optional.ofNullable(resolvedAt);
    }

    public long version() {
        return version;
    }
}
