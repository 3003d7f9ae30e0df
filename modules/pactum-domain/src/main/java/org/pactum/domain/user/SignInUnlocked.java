package org.pactum.domain.user;

import java.time.Instant;

/**
 * An administrator ended the sign-in lock of a username or of a client address before its time.
 *
 * @param subject   the username or the address
 * @param wasLocked whether there was a lock to end
 */
public record SignInUnlocked(SignInLocked.Scope scope, String subject, boolean wasLocked, String administrator, Instant at) {
}
