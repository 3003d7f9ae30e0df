package org.pactum.audit.control;

import java.time.Instant;

/**
 * Where a check of the chain that found it intact ended, so that a later check can go on from there: the next
 * sequence, the hash it must link to, what was counted so far, and when the chain was last checked from its start.
 */
public record ChainCheckpoint(long nextSequence, String previousHash, long eventsChecked, long sealsChecked,
                              long lastSealedSequence, Instant wholeChainCheckedAt) {
}
