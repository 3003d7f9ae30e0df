package org.pactum.domain.user;

import java.time.Duration;
import java.time.Instant;

/**
 * Sign-ins were refused for a while after too many wrong passwords: as one username ({@link Scope#ACCOUNT}, whether
 * or not such an account exists) or from one client address ({@link Scope#ADDRESS}). Published once when the lock
 * starts, so the audit trail records the lock and the failures that led to it instead of every failure.
 *
 * @param username the username claimed by the attempt that started the lock
 * @param failures the wrong passwords counted since the count last started again
 */
public record SignInLocked(Scope scope, String username, String clientAddress, int failures, Duration lockedFor,
                           SignInAttempt.Channel channel, Instant at) {

    public enum Scope { ACCOUNT, ADDRESS }
}
