package org.pactum.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.audit.boundary.AuditTrail;
import org.pactum.audit.entity.ChainVerification;
import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.AgreementQuery;
import org.pactum.domain.agreement.CooperationArea;
import org.pactum.domain.agreement.Term;
import org.pactum.domain.audit.AuditEvent;
import org.pactum.domain.audit.AuditQuery;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.party.Party;
import org.pactum.domain.query.ResultPage;
import org.pactum.domain.text.Wording;
import org.pactum.registry.boundary.AgreementDraft;
import org.pactum.registry.boundary.AgreementRegistry;
import org.pactum.registry.boundary.Directory;
import org.pactum.web.support.PactumWar;

/**
 * Inside the container, with its real JTA transactions: an audit event commits or rolls back with the agreement
 * change it describes, and a rolled-back event gives its sequence number back (no gap).
 */
@ExtendWith(ArquillianExtension.class)
class AuditTransactionIT {

    @Deployment
    static WebArchive deployment() {
        return PactumWar.asBuilt().addClasses(AuditTransactionIT.class, FailingListener.class);
    }

    @Inject
    AgreementRegistry registry;

    @Inject
    AuditTrail trail;

    @Inject
    Directory directory;

    @Inject
    UserTransaction transaction;

    @AfterEach
    void cleanUp() throws Exception {
        FailingListener.disarm();
        if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
            transaction.rollback();
        }
    }

    @Test
    void a_rolled_back_change_takes_its_audit_event_and_sequence_number_with_it() throws Exception {
        long lastBefore = lastSequence();
        String title = "Откат в транзакции " + UUID.randomUUID();

        transaction.begin();
        long id;
        try {
            Agreement agreement = registry.create(draft(title), Wording.empty(), null, "drafter");
            id = agreement.id();
            List<AuditEvent> inside = trail.events(AuditQuery.ofAgreement(id)).items();
            assertEquals(1, inside.size(), "the event is recorded inside the caller's transaction: " + inside);
            assertEquals("agreement.created", inside.getFirst().action());
            assertEquals(lastBefore + 1, inside.getFirst().sequence());
            assertEquals(Status.STATUS_ACTIVE, transaction.getStatus(), "the registry joined, and did not end, the transaction");
        } finally {
            transaction.rollback();
        }

        assertThrows(NotFoundException.class, () -> registry.get(id), "the agreement is gone");
        assertEquals(0, trail.events(AuditQuery.ofAgreement(id)).total(), "and so is its event");
        assertEquals(0, agreementsTitled(title));
        assertEquals(lastBefore, lastSequence(), "the chain head is back where it was");
        assertIntact(lastBefore);

        assertNextCreateFollows(lastBefore);
    }

    @Test
    void a_failing_later_listener_rolls_back_both_the_agreement_and_its_already_recorded_event() {
        long lastBefore = lastSequence();
        long countBefore = eventCount();
        String title = "Сбой слушателя " + UUID.randomUUID();

        FailingListener.arm();
        try {
            RuntimeException failure = assertThrows(RuntimeException.class, () -> registry.create(draft(title), Wording.empty(), null, "drafter"));
            assertTrue(causedByFailingListener(failure), () -> "the listener's failure reaches the caller: " + failure);
            assertEquals(1, FailingListener.eventsSeenBeforeFailing(),
                    "the audit listener ran first: its event existed in the transaction when the later listener failed");
        } finally {
            FailingListener.disarm();
        }

        assertEquals(0, agreementsTitled(title), "no agreement was written");
        assertEquals(countBefore, eventCount(), "no audit event was written");
        assertEquals(lastBefore, lastSequence());
        assertIntact(lastBefore);

        assertNextCreateFollows(lastBefore);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------

    /** The next change that commits gets the sequence right after {@code last}, linked to event {@code last}. */
    private void assertNextCreateFollows(long last) {
        String previousHash = last == 0 ? "0".repeat(64) : eventAt(last).hash();
        Agreement committed = registry.create(draft("После отката " + UUID.randomUUID()), Wording.empty(), null, "drafter");
        List<AuditEvent> events = trail.events(AuditQuery.ofAgreement(committed.id())).items();
        assertEquals(1, events.size(), events::toString);
        AuditEvent event = events.getFirst();
        assertEquals(last + 1, event.sequence(), "gap-free: the rolled-back number is reused");
        assertEquals(previousHash, event.previousHash(), "linked to the last committed event");
        assertEquals(last + 1, lastSequence());
        assertIntact(last + 1);
    }

    private void assertIntact(long events) {
        ChainVerification report = trail.verify();
        assertTrue(report.intact(), report::toString);
        assertEquals(events, report.eventsChecked(), report::toString);
    }

    /** The highest sequence number; checks that it equals the number of events (gap-free). */
    private long lastSequence() {
        long count = eventCount();
        if (count == 0) {
            return 0;
        }
        long last = eventAt(count).sequence();
        assertEquals(count, last, "gap-free: the last sequence is the number of events");
        return last;
    }

    private long eventCount() {
        return trail.events(new AuditQuery(null, null, null, null, null, 0, 1)).total();
    }

    /** The event at this position in sequence order (1-based). */
    private AuditEvent eventAt(long position) {
        ResultPage<AuditEvent> page = trail.events(new AuditQuery(null, null, null, null, null, Math.toIntExact(position - 1), 1));
        assertEquals(1, page.items().size());
        return page.items().getFirst();
    }

    private long agreementsTitled(String title) {
        return registry.search(new AgreementQuery(null, null, null, null, title, 0, AgreementQuery.MAX_SIZE)).total();
    }

    private AgreementDraft draft(String title) {
        List<Party> parties = directory.parties("области", null);
        assertTrue(parties.size() >= 2, "demo data has parties: " + parties);
        return new AgreementDraft(AgreementKind.MEMORANDUM_OF_COOPERATION, List.of(Language.RU, Language.KK),
                LocalizedText.of(title, "Келісім " + title, null), List.of(parties.get(0).id(), parties.get(1).id()),
                Set.of(CooperationArea.CULTURE), new Term(null, 2, false));
    }

    private static boolean causedByFailingListener(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (FailingListener.FAILURE.equals(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
