package org.pactum.web.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts wrong PINs per signing key the server holds (per username whose key it is) and refuses the key for a while
 * once there were too many, the right PIN too; the same counting and growing locks as sign-ins
 * ({@link FailureCounts}, {@link ThrottlePolicy}). One PIN per key is tried at a time, so parallel guesses cannot all
 * be heard before the count reaches the lock. In memory, this server's or maps the nodes of a cluster share: lost
 * when the last node stops.
 */
public final class SigningKeyThrottle {

    /** A claim older than this is taken to belong to a node that died while trying the PIN. */
    private static final Duration CLAIM_OUTLIVED = Duration.ofMinutes(2);

    private final FailureCounts keys;
    /** Username to when its PIN began to be tried (epoch milliseconds). */
    private final ConcurrentMap<String, Long> trying;
    private final Clock clock;

    public SigningKeyThrottle(ThrottlePolicy policy, int capacity, Clock clock) {
        this.keys = new FailureCounts(policy, capacity);
        this.trying = new ConcurrentHashMap<>();
        this.clock = clock;
    }

    /** Counts and claims in maps the nodes share: username to a count written as text, and to a claim's start. */
    public SigningKeyThrottle(ThrottlePolicy policy, int capacity, Clock clock, ConcurrentMap<String, String> sharedCounts,
                              ConcurrentMap<String, Long> sharedClaims) {
        this.keys = new FailureCounts(policy, capacity, sharedCounts);
        this.trying = sharedClaims;
        this.clock = clock;
    }

    /** How much longer the user's key is refused; empty when it is not. */
    public Optional<Duration> refusal(String username) {
        return keys.refusal(username, clock.instant());
    }

    /** Claims the user's key for one PIN; false while another PIN for it is being tried. Release with {@link #done}. */
    public boolean begin(String username) {
        long now = clock.millis();
        Long claimed = trying.putIfAbsent(username, now);
        return claimed == null
                || now - claimed > CLAIM_OUTLIVED.toMillis() && trying.replace(username, claimed, now);
    }

    public void done(String username) {
        trying.remove(username);
    }

    /** Counts a wrong PIN; the lock it starts, if any. */
    public Optional<SigningKeyLock> failed(String username) {
        return keys.failed(username, clock.instant()).map(SigningKeyLock::of);
    }

    /** The right PIN: the count starts again. */
    public void succeeded(String username) {
        keys.clear(username);
    }

    /** Ends the lock and count of the user's key before their time; whether it was locked. */
    public boolean unlock(String username) {
        return keys.unlock(username, clock.instant());
    }

    /** The locks in force now, the longest first, at most {@code limit}. */
    public List<SigningKeyLock> locks(int limit) {
        return keys.locks(clock.instant()).stream().limit(limit).map(SigningKeyLock::of).toList();
    }
}
