package org.pactum.domain.audit;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.pactum.domain.query.ResultPage;

/** Where the audit chain is stored. It only ever grows: there is no way to change or remove an event or a seal. */
public interface AuditLog {

    /** The chain head, locked until the end of the current transaction. */
    ChainHead lockHead();

    void append(AuditEvent event);

    void append(AuditSeal seal);

    ResultPage<AuditEvent> search(AuditQuery query);

    /** The first seal at or after {@code sequence}: through the hash chain it covers the event with that sequence. */
    Optional<AuditSeal> sealCovering(long sequence);

    /**
     * Offers the seals and then every event, both in sequence order, without loading the chain into memory; stops
     * when the walker returns false.
     */
    default void walk(ChainWalker walker) {
        walk(walker, 1);
    }

    /** As {@link #walk(ChainWalker)}, from the event (and the seals) with sequence {@code fromSequence} on. */
    void walk(ChainWalker walker, long fromSequence);

    /**
     * One agreement's events in sequence order, without those of the actions left out (the verifications of its PDF,
     * for instance, which grow with every auditor's check and change nothing).
     */
    List<AuditEvent> eventsOf(long agreementId, Set<String> leftOutActions);
}
