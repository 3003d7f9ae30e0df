package org.pactum.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pactum.audit.entity.ChainVerification;
import org.pactum.domain.audit.AuditEvent;
import org.pactum.domain.audit.AuditSeal;

class ChainVerifierTest {

    @Test
    void an_untouched_chain_with_seals_is_intact() throws Exception {
        Chains chains = new Chains().grow(25, 10);
        ChainVerification report = chains.verify();
        assertTrue(report.intact(), report::toString);
        assertEquals(25, report.eventsChecked());
        assertEquals(2, report.sealsChecked());
        assertEquals(20, report.lastSealedSequence());
        assertEquals(5, report.unsealedEvents());
        assertNull(report.firstBrokenSequence());
    }

    @Test
    void an_empty_chain_is_intact() throws Exception {
        assertTrue(new Chains().verify().intact());
    }

    @Test
    void a_deleted_event_is_named() throws Exception {
        Chains chains = new Chains().grow(12, 100);
        List<AuditEvent> tampered = new ArrayList<>(chains.events);
        tampered.remove(6); // sequence 7
        ChainVerification report = chains.verify(tampered, chains.seals);
        assertFalse(report.intact());
        assertEquals(7L, report.firstBrokenSequence());
        assertTrue(report.reason().contains("missing"), report.reason());
    }

    @Test
    void two_swapped_events_are_caught() throws Exception {
        Chains chains = new Chains().grow(12, 100);
        List<AuditEvent> tampered = new ArrayList<>(chains.events);
        AuditEvent fourth = tampered.get(3);
        AuditEvent fifth = tampered.get(4);
        // An insider swaps the contents of rows 4 and 5 but keeps the sequence numbers in place.
        tampered.set(3, restamp(fifth, 4));
        tampered.set(4, restamp(fourth, 5));
        ChainVerification report = chains.verify(tampered, chains.seals);
        assertEquals(4L, report.firstBrokenSequence(), report::toString);
    }

    @Test
    void a_consistently_rewritten_tail_is_caught_by_the_seal() throws Exception {
        Chains chains = new Chains().grow(30, 10);
        // The insider rewrites events 15..30 and recomputes every hash after them: the chain itself stays consistent.
        List<AuditEvent> rewritten = new ArrayList<>(chains.events.subList(0, 14));
        for (int i = 15; i <= 30; i++) {
            rewritten.add(AuditEvent.append(i, rewritten.getLast().hash(), Chains.record(i + 1000), Chains.T0.plusSeconds(i)));
        }
        ChainVerification withoutSeals = chains.verify(rewritten, List.of());
        assertTrue(withoutSeals.intact(), "a hash chain alone cannot see a consistent rewrite");
        ChainVerification report = chains.verify(rewritten, chains.seals);
        assertFalse(report.intact());
        assertEquals(20L, report.firstBrokenSequence());
        assertTrue(report.reason().contains("rewritten"), report.reason());
    }

    @Test
    void a_truncated_tail_is_caught_when_a_seal_covers_it() throws Exception {
        Chains chains = new Chains().grow(20, 10);
        ChainVerification report = chains.verify(chains.events.subList(0, 15), chains.seals);
        assertEquals(20L, report.firstBrokenSequence(), report::toString);
        assertTrue(report.reason().contains("removed from its end"), report.reason());
    }

    @Test
    void a_forged_seal_or_an_unknown_key_is_caught() throws Exception {
        Chains chains = new Chains().grow(10, 5);
        AuditSeal real = chains.seals.get(0);
        AuditSeal forged = new AuditSeal(real.sequence(), real.headHash(), real.sealedAt().plusSeconds(1), real.keyId(),
                real.algorithm(), real.signature());
        assertEquals(5L, chains.verify(chains.events, List.of(forged, chains.seals.get(1))).firstBrokenSequence());

        Chains other = new Chains().grow(10, 5);
        ChainVerification foreign = chains.verify(chains.events, other.seals);
        assertFalse(foreign.intact());
        assertTrue(foreign.reason().contains("unknown key") || foreign.reason().contains("rewritten"), foreign.reason());
    }

    private static AuditEvent restamp(AuditEvent event, long sequence) {
        return AuditEvent.stored(sequence, event.occurredAt(), event.actor(), event.actorRoles(), event.action(), event.agreementId(),
                event.agreementVersion(), event.contentHash(), event.details(), event.clientAddress(), event.previousHash(), event.hash());
    }

    @Test
    void a_check_goes_on_from_where_an_intact_chain_ended() throws Exception {
        Chains chains = new Chains().grow(25, 10);
        ChainVerifier first = chains.verifier();
        offer(first, chains.events.subList(0, 12), chains.seals.subList(0, 1));
        ChainCheckpoint at = first.checkpoint(Chains.T0).orElseThrow();
        assertEquals(13, at.nextSequence());

        ChainVerifier rest = chains.verifier(at);
        offer(rest, chains.events.subList(12, 25), chains.seals.subList(1, 2));
        ChainVerification report = rest.finish();
        assertTrue(report.intact(), report::toString);
        assertEquals(25, report.eventsChecked());
        assertEquals(2, report.sealsChecked());
        assertEquals(20, report.lastSealedSequence());
        assertEquals(26, rest.checkpoint(Chains.T0).orElseThrow().nextSequence());
    }

    @Test
    void going_on_finds_an_event_that_does_not_link_to_the_checkpoint() throws Exception {
        Chains chains = new Chains().grow(25, 10);
        ChainVerifier first = chains.verifier();
        offer(first, chains.events.subList(0, 12), chains.seals.subList(0, 1));
        ChainCheckpoint at = first.checkpoint(Chains.T0).orElseThrow();

        ChainVerifier skipping = chains.verifier(at);
        offer(skipping, chains.events.subList(13, 25), chains.seals.subList(1, 2));
        ChainVerification report = skipping.finish();
        assertFalse(report.intact());
        assertEquals(13L, report.firstBrokenSequence());
        assertTrue(skipping.checkpoint(Chains.T0).isEmpty(), "a broken chain gives no checkpoint");
    }

    private static void offer(ChainVerifier verifier, List<AuditEvent> events, List<AuditSeal> seals) {
        verifier.seals(seals.iterator());
        for (AuditEvent event : events) {
            if (!verifier.event(event)) {
                return;
            }
        }
    }
}
