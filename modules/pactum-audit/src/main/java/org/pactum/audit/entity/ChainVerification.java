package org.pactum.audit.entity;

/**
 * The outcome of checking the whole chain.
 *
 * @param intact                 true when every event and every seal checked out
 * @param eventsChecked          events read, up to and including the first broken one
 * @param sealsChecked           seals whose signature and head hash were checked
 * @param lastSealedSequence     the highest sequence a valid seal covers (0 if none)
 * @param firstBrokenSequence    the first sequence that does not check out, or null when intact
 * @param reason                 why it does not check out, or null when intact
 */
public record ChainVerification(boolean intact, long eventsChecked, long sealsChecked, long lastSealedSequence,
                                Long firstBrokenSequence, String reason) {

    /** Events after the last seal are protected by the chain only, not yet against a consistent rewrite. */
    public long unsealedEvents() {
        return Math.max(0, eventsChecked - lastSealedSequence);
    }
}
