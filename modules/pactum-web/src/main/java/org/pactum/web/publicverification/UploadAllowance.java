package org.pactum.web.publicverification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;

import org.pactum.web.cluster.SharedMapPruning;

/**
 * How many copies strangers may have verified on the public page: at most {@code perAddress} per period from one
 * client address and {@code overall} per period from all addresses together, each a bucket that refills evenly over
 * the period (so a burst of a whole period's allowance is possible, but no more). A refused upload takes nothing from
 * either bucket. The buckets are this node's, or in maps the cluster's nodes share, so that the cluster as a whole
 * grants one allowance. A bucket that has refilled is the same as none and is not kept. At most {@code tracked}
 * addresses are remembered: in this node's memory the one used least recently is forgotten when full; in a shared map,
 * once full, those whose bucket has refilled are dropped, and the others cannot be more than the overall allowance
 * grants in a period, so no stream of addresses outgrows the memory.
 */
public final class UploadAllowance {

    private static final String EVERYONE = "everyone";

    private final int perAddress;
    private final int overall;
    private final Duration period;
    private final Clock clock;
    private final Map<String, String> addresses;
    private final Map<String, String> everyone;
    /** None for this node's map, which forgets by itself. */
    private final SharedMapPruning pruning;

    /** In this node's memory. */
    public UploadAllowance(int perAddress, int overall, Duration period, int tracked, Clock clock) {
        this(perAddress, overall, period, tracked, clock, leastRecentlyUsedForgotten(tracked), new ConcurrentHashMap<>(),
                null);
    }

    /**
     * In maps the nodes share: each address's bucket, and everyone's under one key, written as text. Their updates must
     * be atomic across the nodes (compare and replace).
     */
    public UploadAllowance(int perAddress, int overall, Duration period, int tracked, Clock clock,
                           ConcurrentMap<String, String> sharedAddresses, ConcurrentMap<String, String> sharedEveryone) {
        this(perAddress, overall, period, tracked, clock, sharedAddresses, sharedEveryone,
                new SharedMapPruning(sharedAddresses, tracked));
    }

    private UploadAllowance(int perAddress, int overall, Duration period, int tracked, Clock clock,
                            Map<String, String> addresses, Map<String, String> everyone, SharedMapPruning pruning) {
        if (perAddress < 1 || overall < 1 || tracked < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("an allowance needs at least one upload per positive period");
        }
        this.perAddress = perAddress;
        this.overall = overall;
        this.period = period;
        this.clock = clock;
        this.addresses = addresses;
        this.everyone = everyone;
        this.pruning = pruning;
    }

    /** Takes one upload from the address's and everyone's allowance; when refused, how long until one is allowed. */
    public Optional<Duration> take(String address) {
        Instant now = clock.instant();
        Optional<Duration> ownWait = take(addresses, address, perAddress, now);
        if (ownWait.isPresent()) {
            return ownWait;
        }
        Optional<Duration> everyonesWait = take(everyone, EVERYONE, overall, now);
        if (everyonesWait.isPresent()) {
            // Two buckets, each changed atomically: the address's upload goes back, so a refusal takes nothing.
            addresses.computeIfPresent(address, (key, written) -> stored(
                    AllowanceBucket.read(written).refilled(perAddress, period, now).givenBack(perAddress), perAddress));
            return everyonesWait;
        }
        if (pruning != null) {
            pruning.pruneIfFull(now, written -> AllowanceBucket.read(written).refilled(perAddress, period, now)
                    .isFull(perAddress));
        }
        return Optional.empty();
    }

    private Optional<Duration> take(Map<String, String> buckets, String key, int size, Instant now) {
        AllowanceBucket seen = bucket(buckets.get(key), size, now);
        if (!seen.allows()) {
            return Optional.of(seen.waitFor(size, period)); // refused with a read alone: hammering writes nothing
        }
        // A shared map may run the change more than once (compare and replace): only the last run's answer counts.
        AtomicReference<Duration> refused = new AtomicReference<>();
        buckets.compute(key, (any, written) -> {
            AllowanceBucket bucket = bucket(written, size, now);
            if (!bucket.allows()) {
                refused.set(bucket.waitFor(size, period));
                return written;
            }
            refused.set(null);
            return stored(bucket.taken(), size);
        });
        return Optional.ofNullable(refused.get());
    }

    private AllowanceBucket bucket(String written, int size, Instant now) {
        return written == null ? AllowanceBucket.full(size, now) : AllowanceBucket.read(written).refilled(size, period, now);
    }

    /** A full bucket is not kept: no entry stands for it. */
    private static String stored(AllowanceBucket bucket, int size) {
        return bucket.isFull(size) ? null : bucket.written();
    }

    private static Map<String, String> leastRecentlyUsedForgotten(int tracked) {
        return Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > tracked;
            }
        });
    }
}
