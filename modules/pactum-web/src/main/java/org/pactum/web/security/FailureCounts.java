package org.pactum.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The wrong passwords (or PINs) of one kind of subject (usernames, addresses, signing keys) and their locks, for at
 * most a fixed number of subjects: when full, the one used least recently is forgotten, so no stream of invented names
 * outgrows the memory.
 */
final class FailureCounts {

    /**
     * A lock on one subject.
     *
     * @param failures the failures counted since the count last started again
     */
    record Lock(String subject, int failures, Instant until, Duration lockedFor) {
    }

    private static final class Count {
        int failures;
        int streak;
        int locks;
        Instant last;
        Instant lockedUntil;
        Duration lockedFor = Duration.ZERO;

        boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }

        Instant quietSince() {
            return lockedUntil != null && lockedUntil.isAfter(last) ? lockedUntil : last;
        }
    }

    private final ThrottlePolicy policy;
    private final Map<String, Count> counts;

    FailureCounts(ThrottlePolicy policy, int capacity) {
        this.policy = policy;
        this.counts = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<Duration> refusal(String subject, Instant now) {
        Count count = counts.get(subject);
        return count != null && count.lockedAt(now)
                ? Optional.of(Duration.between(now, count.lockedUntil))
                : Optional.empty();
    }

    synchronized Optional<Lock> failed(String subject, Instant now) {
        Count count = counts.get(subject);
        if (count == null || !count.lockedAt(now) && !now.isBefore(count.quietSince().plus(policy.forgiveAfter()))) {
            count = new Count();
            counts.put(subject, count);
        }
        count.last = now;
        if (count.lockedAt(now)) {
            // Checked before the hash began and locked meanwhile by a parallel attempt: that lock stands.
            count.streak++;
            return Optional.empty();
        }
        count.failures++;
        count.streak++;
        if (count.failures < policy.failuresFor(count.locks)) {
            return Optional.empty();
        }
        count.locks++;
        count.failures = 0;
        count.lockedFor = policy.lock(count.locks);
        count.lockedUntil = now.plus(count.lockedFor);
        return Optional.of(new Lock(subject, count.streak, count.lockedUntil, count.lockedFor));
    }

    /** Forgets the subject; how many failures it had counted. */
    synchronized int clear(String subject) {
        Count count = counts.remove(subject);
        return count == null ? 0 : count.streak;
    }

    /** Ends the subject's lock and count; whether it was locked. */
    synchronized boolean unlock(String subject, Instant now) {
        Count count = counts.remove(subject);
        return count != null && count.lockedAt(now);
    }

    synchronized List<Lock> locks(Instant now) {
        List<Lock> locked = new ArrayList<>();
        counts.forEach((subject, count) -> {
            if (count.lockedAt(now)) {
                locked.add(new Lock(subject, count.streak, count.lockedUntil, count.lockedFor));
            }
        });
        locked.sort(Comparator.comparing(Lock::until).reversed());
        return locked;
    }
}
