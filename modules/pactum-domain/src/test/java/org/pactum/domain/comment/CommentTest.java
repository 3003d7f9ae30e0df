package org.pactum.domain.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;

class CommentTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void a_thread_is_opened_on_an_article_of_a_revision_and_resolved_and_reopened_as_a_whole() {
        Comment thread = Comment.open(7, 2, "forms", "approver1", "  Прошу уточнить пункт.  ", NOW);
        assertEquals("Прошу уточнить пункт.", thread.text());
        assertTrue(thread.startsThread());
        thread.resolve("approver1", NOW);
        assertTrue(thread.resolved());
        assertEquals("approver1", thread.resolvedBy().orElseThrow());
        assertThrows(InvalidInputException.class, () -> thread.resolve("drafter", NOW));
        thread.reopen("drafter", NOW);
        assertFalse(thread.resolved());
        assertThrows(InvalidInputException.class, () -> thread.reopen("drafter", NOW));
    }

    @Test
    void a_comment_is_stored_before_anyone_replies_to_it() {
        Comment thread = Comment.open(7, 1, "forms", "approver1", "Вопрос", NOW);
        assertThrows(IllegalStateException.class, () -> thread.reply(2, "drafter", "Жауап", NOW));
    }

    @Test
    void blank_oversize_and_unanchored_comments_are_refused_with_every_field() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> Comment.open(7, 0, "no key!", "drafter", "ы".repeat(Comment.MAX_LENGTH + 1), NOW));
        assertEquals(Set.of("revision", "clauseKey", "text"),
                refused.errors().stream().map(FieldError::field).collect(Collectors.toSet()));
        assertThrows(InvalidInputException.class, () -> Comment.open(7, 1, "forms", "drafter", "   ", NOW));
    }
}
