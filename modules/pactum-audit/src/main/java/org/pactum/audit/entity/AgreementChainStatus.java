package org.pactum.audit.entity;

/**
 * Whether an agreement's events can be relied on: the whole chain checked now, and whether a seal already covers the
 * agreement's last change (until one does, the chain protects it against a change but not against a consistent rewrite
 * of everything after it).
 *
 * @param chain              the outcome of checking the whole chain
 * @param lastEventSequence  the sequence of the last event that changed the agreement, or 0 when none did
 */
public record AgreementChainStatus(ChainVerification chain, long lastEventSequence) {

    /** True when a valid seal covers the agreement's last change. */
    public boolean sealed() {
        return lastEventSequence > 0 && chain.lastSealedSequence() >= lastEventSequence;
    }
}
