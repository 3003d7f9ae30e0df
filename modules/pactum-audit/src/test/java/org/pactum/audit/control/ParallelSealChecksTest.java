package org.pactum.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactum.audit.entity.ChainVerification;
import org.pactum.domain.audit.AuditEvent;
import org.pactum.domain.audit.AuditSeal;

/** Hashes and seals checked on other threads give, for every chain, intact or tampered, the report a single thread gives. */
class ParallelSealChecksTest {

    private static ExecutorService threads;

    @BeforeAll
    static void startThreads() {
        threads = Executors.newFixedThreadPool(3);
    }

    @AfterAll
    static void stopThreads() throws InterruptedException {
        threads.shutdown();
        assertTrue(threads.awaitTermination(10, TimeUnit.SECONDS));
    }

    @Test
    void an_intact_chain_with_many_seals_verifies_in_parallel() throws Exception {
        Chains chains = new Chains().grow(1_000, 5); // 200 seals: more than may be in flight at once
        ChainVerification report = both(chains, chains.events, chains.seals);
        assertTrue(report.intact(), report::toString);
        assertEquals(200, report.sealsChecked());
        assertEquals(1_000, report.lastSealedSequence());
    }

    @Test
    void a_forged_seal_anywhere_is_the_first_break_with_the_counts_before_it() throws Exception {
        Chains chains = new Chains().grow(400, 5);
        for (int forged : new int[] {0, 1, 37, 40, 79}) {
            List<AuditSeal> seals = new ArrayList<>(chains.seals);
            seals.set(forged, forge(seals.get(forged)));
            ChainVerification report = both(chains, chains.events, seals);
            assertEquals(5L * (forged + 1), report.firstBrokenSequence(), report::toString);
            assertEquals(forged, report.sealsChecked());
            assertTrue(report.reason().contains("signature is not valid"), report.reason());
        }
    }

    @Test
    void a_changed_event_anywhere_is_reported_with_the_counts_a_single_thread_gives() throws Exception {
        Chains chains = new Chains().grow(1_200, 7);
        for (int changed : new int[] {0, 6, 7, 255, 256, 257, 699, 1_199}) {
            List<AuditEvent> events = new ArrayList<>(chains.events);
            AuditEvent real = events.get(changed);
            events.set(changed, AuditEvent.stored(real.sequence(), real.occurredAt(), "someone else", real.actorRoles(),
                    real.action(), real.agreementId(), real.agreementVersion(), real.contentHash(), real.details(),
                    real.clientAddress(), real.previousHash(), real.hash()));
            ChainVerification report = both(chains, events, chains.seals);
            assertEquals(changed + 1L, report.firstBrokenSequence(), report::toString);
            assertTrue(report.reason().contains("does not match its hash"), report.reason());
        }
    }

    @Test
    void a_changed_event_before_a_forged_seal_wins_and_after_it_loses() throws Exception {
        Chains chains = new Chains().grow(600, 10);
        List<AuditSeal> seals = new ArrayList<>(chains.seals);
        seals.set(29, forge(seals.get(29))); // covers event 300
        for (int changed : new int[] {299, 300}) {
            List<AuditEvent> events = new ArrayList<>(chains.events);
            AuditEvent real = events.get(changed);
            events.set(changed, AuditEvent.stored(real.sequence(), real.occurredAt(), real.actor(), real.actorRoles(),
                    "agreement.deleted", real.agreementId(), real.agreementVersion(), real.contentHash(), real.details(),
                    real.clientAddress(), real.previousHash(), real.hash()));
            assertEquals(Math.min(changed + 1L, 300L), both(chains, events, seals).firstBrokenSequence());
        }
    }

    @Test
    void an_earlier_forged_seal_wins_over_a_later_broken_event() throws Exception {
        Chains chains = new Chains().grow(200, 10);
        List<AuditSeal> seals = new ArrayList<>(chains.seals);
        seals.set(2, forge(seals.get(2))); // covers event 30
        List<AuditEvent> events = new ArrayList<>(chains.events);
        events.remove(150);
        assertEquals(30L, both(chains, events, seals).firstBrokenSequence());
    }

    @Test
    void rewritten_truncated_and_foreign_chains_are_reported_as_in_a_single_thread() throws Exception {
        Chains chains = new Chains().grow(120, 10);
        List<AuditEvent> rewritten = new ArrayList<>(chains.events.subList(0, 54));
        for (int i = 55; i <= 120; i++) {
            rewritten.add(AuditEvent.append(i, rewritten.getLast().hash(), Chains.record(i + 1000), Chains.T0.plusSeconds(i)));
        }
        assertTrue(both(chains, rewritten, chains.seals).reason().contains("rewritten"));
        assertTrue(both(chains, chains.events.subList(0, 95), chains.seals).reason().contains("removed from its end"));
        List<AuditSeal> foreign = new ArrayList<>(chains.seals);
        foreign.set(7, new Chains().seal(chains.events.get(79)));
        assertTrue(both(chains, chains.events, foreign).reason().contains("unknown key"));
        List<AuditSeal> forgedAndRewritten = new ArrayList<>(chains.seals);
        AuditSeal real = forgedAndRewritten.get(3);
        forgedAndRewritten.set(3, new AuditSeal(real.sequence(), "ab".repeat(32), real.sealedAt(), real.keyId(),
                real.algorithm(), real.signature()));
        assertTrue(both(chains, chains.events, forgedAndRewritten).reason().contains("signature is not valid"));
    }

    @Test
    void a_verifier_stops_reading_soon_after_a_signature_fails() throws Exception {
        Chains chains = new Chains().grow(3_000, 10);
        List<AuditSeal> seals = new ArrayList<>(chains.seals);
        seals.set(0, forge(seals.get(0)));
        ChainVerifier verifier = chains.verifier().checkingOn(threads);
        verifier.seals(seals.iterator());
        int offered = 0;
        for (AuditEvent event : chains.events) {
            offered++;
            if (!verifier.event(event)) {
                break;
            }
            if (offered == 100) {
                Thread.sleep(500); // the check of the first seal is done by now
            }
        }
        assertTrue(offered < chains.events.size(), "stopped at " + offered);
        assertFalse(verifier.finish().intact());
        assertEquals(10L, verifier.finish().firstBrokenSequence());
    }

    /** Verifies in one thread and in parallel, checks the two reports are the same, and returns it. */
    private static ChainVerification both(Chains chains, List<AuditEvent> events, List<AuditSeal> seals) {
        ChainVerification single = run(chains.verifier(), events, seals);
        ChainVerification parallel = run(chains.verifier().checkingOn(threads), events, seals);
        assertEquals(single, parallel);
        return parallel;
    }

    private static ChainVerification run(ChainVerifier verifier, List<AuditEvent> events, List<AuditSeal> seals) {
        verifier.seals(seals.iterator());
        Iterator<AuditEvent> each = events.iterator();
        while (each.hasNext() && verifier.event(each.next())) {
            // until the end or the first break
        }
        return verifier.finish();
    }

    /** The same signature over another time: the head hash still matches, the signature does not. */
    private static AuditSeal forge(AuditSeal real) {
        return new AuditSeal(real.sequence(), real.headHash(), real.sealedAt().plusSeconds(1), real.keyId(),
                real.algorithm(), real.signature());
    }
}
