package org.pactum.web.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Keeps a map the nodes share near its capacity: a shared map has no eviction of its own, so once it holds more than
 * the capacity, the entries that no longer mean anything (a count whose time is over, an allowance refilled) are
 * dropped, each only if unchanged meanwhile. It reads the whole map, so at most once a minute on each node.
 */
public final class SharedMapPruning {

    private static final Duration AT_MOST_EVERY = Duration.ofMinutes(1);

    private final ConcurrentMap<String, String> map;
    private final int capacity;
    private final AtomicReference<Instant> pruned = new AtomicReference<>(Instant.EPOCH);

    public SharedMapPruning(ConcurrentMap<String, String> map, int capacity) {
        this.map = map;
        this.capacity = capacity;
    }

    /** Drops the entries whose written value is {@code spent} at {@code now}, if the map is over its capacity. */
    public void pruneIfFull(Instant now, Predicate<String> spent) {
        if (map.size() <= capacity) {
            return;
        }
        Instant last = pruned.get();
        if (now.isBefore(last.plus(AT_MOST_EVERY)) || !pruned.compareAndSet(last, now)) {
            return;
        }
        new HashMap<>(map).forEach((key, written) -> {
            if (spent.test(written)) {
                map.remove(key, written);
            }
        });
    }
}
