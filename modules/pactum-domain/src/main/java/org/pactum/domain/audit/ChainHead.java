package org.pactum.domain.audit;

import org.pactum.domain.canonical.Sha256;


/**
 * The end of the audit chain: the last sequence number and hash. Writers lock it for the rest of their transaction,
 * which makes sequence numbers gap-free and the chain linear even with two nodes writing.
 */
public class ChainHead {

    public static final long ID = 1;

    private long id = ID;
    private long lastSequence;
    private String lastHash = Sha256.ZERO;
    private long lastSealedSequence;

    protected ChainHead() {
    }

    public static ChainHead genesis() {
        return new ChainHead();
    }

    /** Appends the record after the current head and moves the head to it. */
    public AuditEvent append(AuditRecord record, java.time.Instant at) {
        AuditEvent event = AuditEvent.append(lastSequence + 1, lastHash, record, at);
        lastSequence = event.sequence();
        lastHash = event.hash();
        return event;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public String lastHash() {
        return lastHash;
    }

    /** Whether events were appended since the last seal. */
    public boolean hasUnsealedEvents() {
        return lastSequence > lastSealedSequence;
    }

    public long unsealedEvents() {
        return lastSequence - lastSealedSequence;
    }

    /** Records that the current head has been sealed. */
    public void sealed() {
        lastSealedSequence = lastSequence;
    }

    public long lastSealedSequence() {
        return lastSealedSequence;
    }

    long id() {
        return id;
    }
}
