package org.pactum.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;

import org.pactum.web.cluster.SharedMapPruning;

/**
 * The wrong passwords (or PINs) of one kind of subject (usernames, addresses, signing keys) and their locks, for at
 * most a fixed number of subjects. Each subject's count is a string in a map whose {@code compute} is atomic: this
 * node's map, where the one used least recently is forgotten when full, or a map the cluster's nodes share, where
 * the counts whose time is over are dropped once it is full, so no stream of invented names outgrows the memory.
 */
final class FailureCounts {

    /**
     * A lock on one subject.
     *
     * @param failures the failures counted since the count last started again
     */
    record Lock(String subject, int failures, Instant until, Duration lockedFor) {
    }

    /** One subject's count; a string in the map, so that any node reads it without the application's classes. */
    private record Count(int failures, int streak, int locks, Instant last, Instant lockedUntil, Duration lockedFor) {

        static final Count NONE = new Count(0, 0, 0, Instant.EPOCH, null, Duration.ZERO);

        boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }

        Instant quietSince() {
            return lockedUntil != null && lockedUntil.isAfter(last) ? lockedUntil : last;
        }

        String written() {
            return failures + " " + streak + " " + locks + " " + last + " " + (lockedUntil == null ? "-" : lockedUntil)
                    + " " + lockedFor;
        }

        static Count read(String written) {
            String[] parts = written.split(" ");
            return new Count(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                    Instant.parse(parts[3]), parts[4].equals("-") ? null : Instant.parse(parts[4]), Duration.parse(parts[5]));
        }
    }

    private final ThrottlePolicy policy;
    private final Map<String, String> counts;
    /** None for this node's map, which forgets by itself. */
    private final SharedMapPruning pruning;

    /** In this node's memory. */
    FailureCounts(ThrottlePolicy policy, int capacity) {
        this.policy = policy;
        this.pruning = null;
        this.counts = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        });
    }

    /** In a map the nodes share; its updates must be atomic across them. */
    FailureCounts(ThrottlePolicy policy, int capacity, ConcurrentMap<String, String> shared) {
        this.policy = policy;
        this.pruning = new SharedMapPruning(shared, capacity);
        this.counts = shared;
    }

    Optional<Duration> refusal(String subject, Instant now) {
        Count count = find(subject);
        return count != null && count.lockedAt(now)
                ? Optional.of(Duration.between(now, count.lockedUntil()))
                : Optional.empty();
    }

    Optional<Lock> failed(String subject, Instant now) {
        // A shared map may run the change more than once (compare and replace): only the last run's lock counts.
        AtomicReference<Lock> started = new AtomicReference<>();
        counts.compute(subject, (key, written) -> {
            started.set(null);
            Count count = written == null ? null : Count.read(written);
            if (count == null || !count.lockedAt(now) && !now.isBefore(count.quietSince().plus(policy.forgiveAfter()))) {
                count = Count.NONE;
            }
            if (count.lockedAt(now)) {
                // Checked before the hash began and locked meanwhile by a parallel attempt: that lock stands.
                return new Count(count.failures(), count.streak() + 1, count.locks(), now, count.lockedUntil(),
                        count.lockedFor()).written();
            }
            int failures = count.failures() + 1;
            int streak = count.streak() + 1;
            if (failures < policy.failuresFor(count.locks())) {
                return new Count(failures, streak, count.locks(), now, count.lockedUntil(), count.lockedFor()).written();
            }
            int locks = count.locks() + 1;
            Duration lockedFor = policy.lock(locks);
            Instant until = now.plus(lockedFor);
            started.set(new Lock(subject, streak, until, lockedFor));
            return new Count(0, streak, locks, now, until, lockedFor).written();
        });
        pruneIfFull(now);
        return Optional.ofNullable(started.get());
    }

    /** Forgets the subject; how many failures it had counted. */
    int clear(String subject) {
        String written = counts.remove(subject);
        return written == null ? 0 : Count.read(written).streak();
    }

    /** Ends the subject's lock and count; whether it was locked. */
    boolean unlock(String subject, Instant now) {
        String written = counts.remove(subject);
        return written != null && Count.read(written).lockedAt(now);
    }

    List<Lock> locks(Instant now) {
        List<Lock> locked = new ArrayList<>();
        snapshot().forEach((subject, written) -> {
            Count count = Count.read(written);
            if (count.lockedAt(now)) {
                locked.add(new Lock(subject, count.streak(), count.lockedUntil(), count.lockedFor()));
            }
        });
        locked.sort(Comparator.comparing(Lock::until).reversed());
        return locked;
    }

    private Count find(String subject) {
        String written = counts.get(subject);
        return written == null ? null : Count.read(written);
    }

    private Map<String, String> snapshot() {
        if (pruning == null) {
            synchronized (counts) {
                return new HashMap<>(counts);
            }
        }
        return new HashMap<>(counts);
    }

    /** Once the shared map is full, the counts that would start again anyway are dropped. */
    private void pruneIfFull(Instant now) {
        if (pruning != null) {
            pruning.pruneIfFull(now, written -> {
                Count count = Count.read(written);
                return !count.lockedAt(now) && !now.isBefore(count.quietSince().plus(policy.forgiveAfter()));
            });
        }
    }
}
