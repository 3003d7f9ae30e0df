package org.pactum.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pactum.audit.control.SealKey;
import org.pactum.audit.entity.ChainVerification;
import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.audit.AuditEvent;
import org.pactum.domain.audit.AuditLog;
import org.pactum.domain.audit.AuditQuery;
import org.pactum.domain.audit.AuditRecord;
import org.pactum.domain.audit.AuditSeal;
import org.pactum.domain.audit.ChainHead;
import org.pactum.domain.audit.ChainWalker;
import org.pactum.domain.query.ResultPage;

/**
 * The chain's state as verification reports and certificates of completion name it: after one whole check, each
 * later one reads only the events added since, and the whole chain is read again once that whole check is old.
 */
class ChainCheckpointsTest {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    private final StoredChain stored = new StoredChain();
    private final ChainHead head = ChainHead.genesis();
    private ChainCheckpoints checkpoints;
    private SealKey key;
    private Instant now = T0;

    @BeforeEach
    void keysAndCheckpoints() throws Exception {
        Path directory = Files.createTempDirectory("checkpoints");
        SealKeys keys = new SealKeys();
        keys.mode = "demo";
        keys.privateKeyFile = directory.resolve("private.pem").toString();
        keys.publicKeyFile = directory.resolve("public.pem").toString();
        keys.earlierPublicKeys = Optional.empty();
        keys.load();
        key = keys.current();
        checkpoints = new ChainCheckpoints();
        checkpoints.log = stored;
        checkpoints.keys = keys;
        checkpoints.recheckAfter = Duration.ofMinutes(5);
        checkpoints.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    @Test
    void a_later_check_reads_only_the_events_added_since_and_counts_the_whole_chain() throws Exception {
        append(1_000);
        ChainVerification whole = checkpoints.current();
        assertTrue(whole.intact(), whole::toString);
        assertEquals(1_000, stored.eventsOffered);

        append(30);
        now = now.plusSeconds(60);
        stored.eventsOffered = 0;
        ChainVerification later = checkpoints.current();
        assertEquals(30, stored.eventsOffered, "only the new events are read");
        assertEquals(new ChainVerification(true, 1_030, 103, 1_030, null, null), later);

        stored.eventsOffered = 0;
        checkpoints.current();
        assertEquals(0, stored.eventsOffered, "nothing new, nothing read");
    }

    @Test
    void the_whole_chain_is_read_again_once_the_whole_check_is_older_than_the_setting() throws Exception {
        append(200);
        checkpoints.current();
        append(10);
        now = now.plus(Duration.ofMinutes(5)).plusSeconds(1);
        stored.eventsOffered = 0;
        assertTrue(checkpoints.current().intact());
        assertEquals(210, stored.eventsOffered);
    }

    @Test
    void a_tampered_new_event_is_found_and_the_next_check_reads_the_whole_chain_again() throws Exception {
        append(100);
        checkpoints.current();
        append(20);
        AuditEvent real = stored.events.get(109);
        stored.events.set(109, AuditEvent.stored(real.sequence(), real.occurredAt(), "someone else", real.actorRoles(),
                real.action(), real.agreementId(), real.agreementVersion(), real.contentHash(), real.details(),
                real.clientAddress(), real.previousHash(), real.hash()));
        ChainVerification report = checkpoints.current();
        assertFalse(report.intact());
        assertEquals(110L, report.firstBrokenSequence());

        stored.eventsOffered = 0;
        assertFalse(checkpoints.current().intact());
        assertEquals(110, stored.eventsOffered, "read from the start up to the break");
    }

    private void append(int count) throws Exception {
        for (int i = 0; i < count; i++) {
            AuditEvent event = head.append(new AuditRecord(AuditAction.AGREEMENT_EDITED, "drafter", Set.of("DRAFTER"),
                    7L, 1L, null, Map.of("number", "МС-2026/007"), "127.0.0.1"),
                    T0.plusSeconds(stored.events.size()));
            stored.events.add(event);
            if (event.sequence() % 10 == 0) {
                Instant at = event.occurredAt().plusMillis(1);
                stored.seals.add(new AuditSeal(event.sequence(), event.hash(), at, key.keyId(), SealKey.ALGORITHM,
                        key.sign(AuditSeal.signedContent(event.sequence(), event.hash(), at, key.keyId()))));
            }
        }
    }

    /** The chain in memory; only walking is needed here. */
    private static final class StoredChain implements AuditLog {

        final List<AuditEvent> events = new ArrayList<>();
        final List<AuditSeal> seals = new ArrayList<>();
        int eventsOffered;

        @Override
        public void walk(ChainWalker walker, long fromSequence) {
            walker.seals(seals.stream().filter(seal -> seal.sequence() >= fromSequence).iterator());
            for (AuditEvent event : events) {
                if (event.sequence() >= fromSequence) {
                    eventsOffered++;
                    if (!walker.event(event)) {
                        return;
                    }
                }
            }
        }

        @Override
        public ChainHead lockHead() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void append(AuditEvent event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void append(AuditSeal seal) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ResultPage<AuditEvent> search(AuditQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<AuditSeal> sealCovering(long sequence) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AuditEvent> eventsOf(long agreementId, Set<String> leftOutActions) {
            throw new UnsupportedOperationException();
        }
    }
}
