package org.pactum.domain.audit;

import org.pactum.domain.agreement.ResultPage;

/** Where the audit chain is stored. It only ever grows: there is no way to change or remove an event or a seal. */
public interface AuditLog {

    /** The chain head, locked until the end of the current transaction. */
    ChainHead lockHead();

    void append(AuditEvent event);

    void append(AuditSeal seal);

    ResultPage<AuditEvent> search(AuditQuery query);

    /**
     * Offers the seals and then every event, both in sequence order, without loading the chain into memory; stops
     * when the walker returns false.
     */
    void walk(ChainWalker walker);
}
