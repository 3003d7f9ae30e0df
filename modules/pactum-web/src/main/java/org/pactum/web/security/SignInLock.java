package org.pactum.web.security;

import java.time.Duration;
import java.time.Instant;

import org.pactum.domain.user.SignInLocked;

/**
 * A lock on sign-ins as one username or from one address.
 *
 * @param subject  the username or the address
 * @param failures the wrong passwords counted since the count last started again
 */
public record SignInLock(SignInLocked.Scope scope, String subject, int failures, Instant until, Duration lockedFor) {
}
