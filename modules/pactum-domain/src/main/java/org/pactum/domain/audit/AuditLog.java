package org.pactum.domain.audit;

import java.util.Optional;

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
    void walk(ChainWalker walker);
}
