package org.pactum.web.security;

import java.time.Duration;
import java.time.Instant;

/**
 * A lock on the signing key the server holds for one user, after too many wrong PINs.
 *
 * @param username whose key it is
 * @param failures the wrong PINs counted since the count last started again
 */
public record SigningKeyLock(String username, int failures, Instant until, Duration lockedFor) {

    static SigningKeyLock of(FailureCounts.Lock lock) {
        return new SigningKeyLock(lock.subject(), lock.failures(), lock.until(), lock.lockedFor());
    }
}
