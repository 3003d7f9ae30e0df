package org.pactum.web.security;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What a sign-in attempt came to.
 *
 * @param groups         the caller's groups when signed in, else empty
 * @param retryAfter     when locked: how long until the next attempt is heard, else zero
 * @param locksStarted   the locks this attempt's wrong password started (to be recorded once each)
 * @param failuresBefore when verified: wrong passwords counted for the username before this one
 */
public record SignInOutcome(Kind kind, Set<String> groups, Duration retryAfter, List<SignInLock> locksStarted,
                            int failuresBefore) {

    public enum Kind {
        /** The password was checked with the slow hash and is right. */
        VERIFIED,
        /** The credential was verified a short while ago; nothing was hashed. */
        CACHED,
        /** The password is wrong (or the user unknown or disabled). */
        WRONG,
        /** Refused unheard: too many wrong passwords as this username or from this address. */
        LOCKED
    }

    static SignInOutcome verified(Set<String> groups, int failuresBefore) {
        return new SignInOutcome(Kind.VERIFIED, Set.copyOf(groups), Duration.ZERO, List.of(), failuresBefore);
    }

    static SignInOutcome cached(Set<String> groups) {
        return new SignInOutcome(Kind.CACHED, groups, Duration.ZERO, List.of(), 0);
    }

    static SignInOutcome wrong() {
        return new SignInOutcome(Kind.WRONG, Set.of(), Duration.ZERO, List.of(), 0);
    }

    static SignInOutcome locked(Duration retryAfter, List<SignInLock> started) {
        return new SignInOutcome(Kind.LOCKED, Set.of(), retryAfter, List.copyOf(started), 0);
    }

    public boolean signedIn() {
        return kind == Kind.VERIFIED || kind == Kind.CACHED;
    }

    /** Retry-After in whole seconds, at least 1. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    /** Whole minutes until the next attempt is heard, rounded up: "in 1 minute" rather than "in 0". */
    public long retryAfterMinutes() {
        return (retryAfterSeconds() + 59) / 60;
    }
}
