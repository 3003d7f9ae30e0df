package org.pactum.domain.signature;

import java.time.Duration;
import java.time.Instant;

/**
 * The signing key the server holds for a user was locked after too many wrong PINs in a row. Published once when the
 * lock starts; the attempts the lock then refuses are not events of their own.
 *
 * @param username whose key it is (the signer who typed the PINs)
 * @param failures the wrong PINs counted since the count last started again
 */
public record SigningKeyLocked(String username, int failures, Duration lockedFor, Instant at) {
}
