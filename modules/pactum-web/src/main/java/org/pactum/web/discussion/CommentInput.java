package org.pactum.web.discussion;

/**
 * A new comment. For a new thread, {@code clauseKey} and {@code revision} say which article of which revision it is
 * about; a reply belongs to its thread and needs only the text.
 */
public record CommentInput(String clauseKey, Integer revision, String text) {
}
