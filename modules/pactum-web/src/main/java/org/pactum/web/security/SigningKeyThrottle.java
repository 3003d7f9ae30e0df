package org.pactum.web.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Counts wrong PINs per signing key the server holds (per username whose key it is) and refuses the key for a while
 * once there were too many, the right PIN too; the same counting and growing locks as sign-ins
 * ({@link FailureCounts}, {@link ThrottlePolicy}). One PIN per key is tried at a time, so parallel guesses cannot all
 * be heard before the count reaches the lock. In memory, this server's or maps the nodes of a cluster share: lost
 * when the last node stops.
 */
public final class SigningKeyThrottle {

    /** A claim older than this is taken to be left behind, whatever its node: no PIN is tried for so long. */
    private static final Duration CLAIM_OUTLIVED = Duration.ofMinutes(2);
    private static final String HERE = "local";

    private final FailureCounts keys;
    /** Username to the claim on its key: the node trying a PIN and since when (epoch milliseconds), a space between. */
    private final ConcurrentMap<String, String> trying;
    private final String node;
    private final Supplier<Set<String>> liveNodes;
    private final Clock clock;

    public SigningKeyThrottle(ThrottlePolicy policy, int capacity, Clock clock) {
        this.keys = new FailureCounts(policy, capacity);
        this.trying = new ConcurrentHashMap<>();
        this.node = HERE;
        this.liveNodes = () -> Set.of(HERE);
        this.clock = clock;
    }

    /**
     * Counts and claims in maps the nodes share: username to a count written as text, and to a claim. A claim of a
     * node no longer among {@code liveNodes} is taken over at once: that node died while trying the PIN.
     */
    public SigningKeyThrottle(ThrottlePolicy policy, int capacity, Clock clock, ConcurrentMap<String, String> sharedCounts,
                              ConcurrentMap<String, String> sharedClaims, String node, Supplier<Set<String>> liveNodes) {
        this.keys = new FailureCounts(policy, capacity, sharedCounts);
        this.trying = sharedClaims;
        this.node = node;
        this.liveNodes = liveNodes;
        this.clock = clock;
    }

    /** How much longer the user's key is refused; empty when it is not. */
    public Optional<Duration> refusal(String username) {
        return keys.refusal(username, clock.instant());
    }

    /** Claims the user's key for one PIN; false while another PIN for it is being tried. Release with {@link #done}. */
    public boolean begin(String username) {
        long now = clock.millis();
        String claim = node + " " + now;
        String claimed = trying.putIfAbsent(username, claim);
        return claimed == null || leftBehind(claimed, now) && trying.replace(username, claimed, claim);
    }

    private boolean leftBehind(String claim, long now) {
        int space = claim.lastIndexOf(' ');
        return now - Long.parseLong(claim.substring(space + 1)) > CLAIM_OUTLIVED.toMillis()
                || !liveNodes.get().contains(claim.substring(0, space));
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
