package org.pactum.drafting.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pactum.domain.agreement.Revision;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.Clause;
import org.pactum.drafting.entity.ClauseChange;
import org.pactum.drafting.entity.ClauseChangeKind;
import org.pactum.fixtures.OmskPavlodarRevisions;
import org.pactum.fixtures.memory.RevisionsInMemory;
import org.pactum.fixtures.memory.SeenRevisionsInMemory;

/**
 * The revision each person last saw of the Omsk–Pavlodar agreement (17), and what its page tells them on coming back.
 * Odd revisions are saved by omsk.drafter, even ones by pavlodar.lawyer.
 */
class LastSeenRevisionsTest {

    private static final long AGREEMENT = 17;
    private static final Clause REWORDED_DISPUTES = new Clause("disputes", OmskPavlodarRevisions.DISPUTES.heading(),
            LocalizedText.of("Споры разрешаются путем консультаций, а при их неудаче — совместной комиссией.",
                    "Даулар консультациялар арқылы, ал олар нәтиже бермесе — бірлескен комиссия арқылы шешіледі.", null));

    private final RevisionsInMemory revisions = new RevisionsInMemory();
    private final LastSeenRevisions lastSeen = new LastSeenRevisions();

    @BeforeEach
    void wire() {
        lastSeen.revisions = revisions;
        lastSeen.seen = new SeenRevisionsInMemory();
        lastSeen.clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
        save(OmskPavlodarRevisions.revision(1, OmskPavlodarRevisions.clauses()));
    }

    @Test
    void a_first_visit_tells_nothing_and_notes_the_current_revision_as_seen() {
        assertTrue(lastSeen.look(AGREEMENT, "approver1").isEmpty());

        assertEquals(OptionalInt.of(1), lastSeen.findLastSeen(AGREEMENT, "approver1"));
        assertEquals(OptionalInt.empty(), lastSeen.findLastSeen(AGREEMENT, "approver2"), "each person for themselves");
    }

    @Test
    void coming_back_after_someone_else_saved_tells_what_changed_since_the_revision_seen() {
        lastSeen.look(AGREEMENT, "approver1");
        save(OmskPavlodarRevisions.revision(2, OmskPavlodarRevisions.replacing(OmskPavlodarRevisions.DISPUTES, REWORDED_DISPUTES)));
        save(OmskPavlodarRevisions.revision(3, OmskPavlodarRevisions.replacing(OmskPavlodarRevisions.DISPUTES, REWORDED_DISPUTES)));

        var changes = lastSeen.look(AGREEMENT, "approver1").orElseThrow();

        assertEquals(1, changes.from().number());
        assertEquals(3, changes.to().number());
        assertEquals(Map.of("disputes", ClauseChangeKind.REWORDED), changes.clauses().stream()
                .collect(java.util.stream.Collectors.toMap(ClauseChange::key, ClauseChange::kind)));
        assertEquals(OptionalInt.of(3), lastSeen.findLastSeen(AGREEMENT, "approver1"));
    }

    @Test
    void the_second_visit_to_the_same_revision_tells_nothing_more() {
        lastSeen.look(AGREEMENT, "approver1");
        save(OmskPavlodarRevisions.revision(2, OmskPavlodarRevisions.without(OmskPavlodarRevisions.WORKING_GROUP)));

        assertTrue(lastSeen.look(AGREEMENT, "approver1").isPresent());
        assertTrue(lastSeen.look(AGREEMENT, "approver1").isEmpty());
    }

    @Test
    void one_s_own_revisions_are_known_without_looking() {
        lastSeen.look(AGREEMENT, "pavlodar.lawyer");
        save(OmskPavlodarRevisions.revision(2, OmskPavlodarRevisions.without(OmskPavlodarRevisions.WORKING_GROUP)));
        assertTrue(lastSeen.look(AGREEMENT, "pavlodar.lawyer").isEmpty(), "revision 2 is the lawyer's own");

        lastSeen.look(AGREEMENT, "omsk.drafter");
        save(OmskPavlodarRevisions.revision(3, OmskPavlodarRevisions.clauses()));
        save(OmskPavlodarRevisions.revision(4, OmskPavlodarRevisions.replacing(OmskPavlodarRevisions.DISPUTES, REWORDED_DISPUTES)));

        var changes = lastSeen.look(AGREEMENT, "omsk.drafter").orElseThrow();
        assertEquals(List.of(3, 4), List.of(changes.from().number(), changes.to().number()),
                "the drafter saved revision 3 after seeing 2; only the lawyer's revision 4 is news");
    }

    private void save(Revision revision) {
        revisions.add(revision);
    }
}
