package org.pactum.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactum.domain.audit.AuditEvent;
import org.pactum.domain.audit.AuditSeal;
import org.pactum.domain.audit.ChainWalker;

/** The walk reads the chain page by page: every event and seal once, in order, across page boundaries. */
class AuditWalkPagesTest {

    private static final int EVENTS = 2_345;
    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
    private static JdbcDataSource database;

    @BeforeAll
    static void storeRows() throws Exception {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:walk-pages;DB_CLOSE_DELAY=-1");
        new SchemaMigration(database).migrate();
        try (Connection connection = database.getConnection();
             PreparedStatement events = AuditRows.prepareEvents(connection);
             PreparedStatement seals = AuditRows.prepareSeals(connection)) {
            for (int i = 1; i <= EVENTS; i++) {
                String hash = "%064x".formatted(i);
                AuditRows.bind(events, AuditEvent.stored(i, T0.plusSeconds(i), "drafter", "DRAFTER", "agreement.edited",
                        7L, 1L, null, "{}", null, "%064x".formatted(i - 1), hash));
                events.addBatch();
                if (i % 2 == 0) {
                    AuditRows.bind(seals, new AuditSeal(i, hash, T0.plusSeconds(i), "key", "SHA256withECDSA", "c2ln"));
                    seals.addBatch();
                }
            }
            events.executeBatch();
            seals.executeBatch();
        }
    }

    @Test
    void every_event_and_seal_is_offered_once_in_order() {
        Recorder recorder = new Recorder(Long.MAX_VALUE);
        new JpaAuditLog(database).walk(recorder);
        assertEquals(EVENTS, recorder.events.size());
        assertEquals(EVENTS / 2, recorder.seals.size());
        for (int i = 0; i < EVENTS; i++) {
            assertEquals(i + 1, recorder.events.get(i));
        }
        for (int i = 0; i < EVENTS / 2; i++) {
            assertEquals(2L * (i + 1), recorder.seals.get(i));
        }
    }

    @Test
    void a_walk_from_a_sequence_starts_there_and_stops_when_the_walker_says() {
        Recorder recorder = new Recorder(2_100);
        new JpaAuditLog(database).walk(recorder, 1_001);
        assertEquals(1_100, recorder.events.size());
        assertEquals(1_001L, recorder.events.getFirst());
        assertEquals(2_100L, recorder.events.getLast());
        assertEquals(1_002L, recorder.seals.getFirst());
        assertEquals(550, recorder.seals.size());
    }

    /** Takes one seal per event offered, as the verifier does, and stops after {@code stopAt}. */
    private static final class Recorder implements ChainWalker {

        final List<Long> events = new ArrayList<>();
        final List<Long> seals = new ArrayList<>();
        private final long stopAt;
        private Iterator<AuditSeal> pending;

        Recorder(long stopAt) {
            this.stopAt = stopAt;
        }

        @Override
        public void seals(Iterator<AuditSeal> inOrder) {
            pending = inOrder;
        }

        @Override
        public boolean event(AuditEvent event) {
            events.add(event.sequence());
            if (event.sequence() % 2 == 0 && pending.hasNext()) {
                seals.add(pending.next().sequence());
            }
            return event.sequence() < stopAt;
        }
    }
}
