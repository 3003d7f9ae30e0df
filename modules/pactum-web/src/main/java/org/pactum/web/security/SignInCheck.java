package org.pactum.web.security;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides one sign-in attempt, for the API and the login page alike, in this order: a username or address under a
 * lock is refused unheard, even with the right password; a credential verified a short while ago is recognised
 * without hashing; anything else is hashed through the {@link HashingGate}, where the lock is looked at once more
 * (it may have started while the attempt waited). A wrong password is counted and may start a lock; it never evicts
 * the username's cached credential.
 */
public final class SignInCheck {

    /**
     * What the gate's single flight hands to every request with the same credential; {@code hashedFor} is the attempt
     * that hashed, the one that counts as the sign-in (the others share its result as if it had been cached).
     */
    private record Verdict(Object hashedFor, boolean locked, Optional<Set<String>> groups, int failuresBefore) {
    }

    private final SignInThrottle throttle;
    private final CredentialCache cache;
    private final HashingGate gate;
    private final PasswordVerifier verifier;

    public SignInCheck(SignInThrottle throttle, CredentialCache cache, HashingGate gate, PasswordVerifier verifier) {
        this.throttle = throttle;
        this.cache = cache;
        this.gate = gate;
        this.verifier = verifier;
    }

    /**
     * @throws HashingBusyException when the password would have to be hashed and no hashing slot came free in time
     */
    public SignInOutcome check(String username, char[] password, String address) {
        Optional<Duration> refused = throttle.refusal(username, address);
        if (refused.isPresent()) {
            return SignInOutcome.locked(refused.get(), List.of());
        }
        Optional<Set<String>> cached = cache.groupsOf(username, password);
        if (cached.isPresent()) {
            return SignInOutcome.cached(cached.get());
        }
        Object attempt = new Object();
        Verdict verdict = gate.once(username, password, () -> verify(attempt, username, password, address));
        if (verdict.locked()) {
            return SignInOutcome.locked(throttle.refusal(username, address).orElse(Duration.ofSeconds(1)), List.of());
        }
        if (verdict.groups().isPresent()) {
            return verdict.hashedFor() == attempt
                    ? SignInOutcome.verified(verdict.groups().get(), verdict.failuresBefore())
                    : SignInOutcome.cached(verdict.groups().get());
        }
        List<SignInLock> started = throttle.failed(username, address);
        if (started.isEmpty()) {
            return SignInOutcome.wrong();
        }
        Duration longest = started.stream().map(SignInLock::lockedFor).max(Comparator.naturalOrder()).orElseThrow();
        return SignInOutcome.locked(longest, started);
    }

    private Verdict verify(Object attempt, String username, char[] password, String address) {
        if (throttle.refusal(username, address).isPresent()) {
            return new Verdict(attempt, true, Optional.empty(), 0);
        }
        Optional<Set<String>> groups = verifier.groupsOf(username, password);
        if (groups.isEmpty()) {
            return new Verdict(attempt, false, groups, 0);
        }
        // Remembered before the single flight ends, so a request arriving just after it finds the cache filled.
        cache.remember(username, password, groups.get());
        return new Verdict(attempt, false, groups, throttle.succeeded(username));
    }

    /** Forgets the cached credential of a user whose password changed. */
    public void forget(String username) {
        cache.forget(username);
    }
}
