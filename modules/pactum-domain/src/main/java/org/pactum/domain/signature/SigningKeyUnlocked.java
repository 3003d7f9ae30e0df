package org.pactum.domain.signature;

import java.time.Instant;

/**
 * An administrator ended the lock on a user's server-held signing key before its time.
 *
 * @param wasLocked whether there was a lock to end
 */
public record SigningKeyUnlocked(String username, boolean wasLocked, String administrator, Instant at) {
}
