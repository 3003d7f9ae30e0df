package org.pactum.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

/**
 * Two nodes' throttles and credential caches over the maps a cluster shares (here plain concurrent maps standing in
 * for Hazelcast's): what one node counts or changes, the other sees.
 */
class SharedCountsTest {

    private static final ThrottlePolicy FIVE = new ThrottlePolicy(5, 1, Duration.ofMinutes(1), Duration.ofMinutes(15),
            Duration.ofHours(1));
    private static final ThrottlePolicy TWENTY = new ThrottlePolicy(20, 5, Duration.ofMinutes(1), Duration.ofMinutes(15),
            Duration.ofHours(1));

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-07T08:00:00Z"));
    private final ConcurrentMap<String, String> usernames = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> addresses = new ConcurrentHashMap<>();
    private final InMemorySignInThrottle nodeA = new InMemorySignInThrottle(FIVE, TWENTY, 1000, clock, usernames, addresses);
    private final InMemorySignInThrottle nodeB = new InMemorySignInThrottle(FIVE, TWENTY, 1000, clock, usernames, addresses);

    @Test
    void wrong_passwords_spread_over_two_nodes_lock_the_username_on_both() {
        for (int i = 1; i <= 4; i++) {
            assertEquals(List.of(), (i % 2 == 0 ? nodeA : nodeB).failed("drafter", "10.0.0." + i));
        }
        assertEquals(1, nodeA.failed("drafter", "10.0.0.9").size(), "the fifth, on node A, starts the lock");
        assertEquals(Optional.of(Duration.ofMinutes(1)), nodeB.refusal("drafter", "10.0.0.7"));
        assertEquals(1, nodeB.locks(10).size());
        assertTrue(nodeB.unlockUsername("drafter"));
        assertEquals(Optional.empty(), nodeA.refusal("drafter", "10.0.0.7"));
    }

    @Test
    void parallel_failures_on_two_nodes_are_each_counted_once_and_start_one_lock() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<java.util.concurrent.Future<List<SignInLock>>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            InMemorySignInThrottle node = i % 2 == 0 ? nodeA : nodeB;
            results.add(pool.submit(() -> {
                start.await();
                return node.failed("signer1", "10.0.0.1");
            }));
        }
        start.countDown();
        int locks = 0;
        for (var result : results) {
            locks += result.get().size();
        }
        pool.shutdown();
        assertEquals(1, locks);
        assertEquals(5, nodeA.locks(10).getFirst().failures());
    }

    @Test
    void a_shared_map_past_its_capacity_drops_the_counts_whose_time_is_over() {
        InMemorySignInThrottle small = new InMemorySignInThrottle(FIVE, TWENTY, 2, clock, usernames, addresses);
        small.failed("old", "10.0.0.1");
        clock.advance(Duration.ofHours(2));
        small.failed("newer", "10.0.0.2");
        small.failed("newest", "10.0.0.3");
        assertFalse(usernames.containsKey("old"));
        assertEquals(Set.of("newer", "newest"), usernames.keySet());
    }

    @Test
    void a_pin_tried_on_one_node_is_not_tried_on_the_other_at_the_same_time_and_a_dead_nodes_claim_is_taken_over() {
        ConcurrentMap<String, String> claims = new ConcurrentHashMap<>();
        ConcurrentMap<String, String> counts = new ConcurrentHashMap<>();
        Set<String> live = new HashSet<>(Set.of("a", "b"));
        SigningKeyThrottle keysA = new SigningKeyThrottle(FIVE, 1000, clock, counts, claims, "a", () -> live);
        SigningKeyThrottle keysB = new SigningKeyThrottle(FIVE, 1000, clock, counts, claims, "b", () -> live);
        assertTrue(keysA.begin("signer1"));
        assertFalse(keysB.begin("signer1"));
        live.remove("a");
        assertTrue(keysB.begin("signer1"), "node A died holding the claim");
        assertFalse(keysB.begin("signer1"));
        clock.advance(Duration.ofMinutes(3));
        assertTrue(keysB.begin("signer1"), "a claim left behind for longer than any PIN takes runs out");
        keysB.done("signer1");
        assertTrue(keysB.begin("signer1"));
    }

    @Test
    void a_credential_cached_on_one_node_no_longer_counts_once_the_password_changed_on_another() {
        Map<String, Instant> changes = new HashMap<>();
        CredentialCache cacheB = new CredentialCache(Duration.ofMinutes(5), clock,
                username -> Optional.ofNullable(changes.get(username)));
        cacheB.remember("drafter", "demo".toCharArray(), Set.of("DRAFTER"));
        clock.advance(Duration.ofSeconds(10));
        assertEquals(Optional.of(Set.of("DRAFTER")), cacheB.groupsOf("drafter", "demo".toCharArray()));

        changes.put("drafter", clock.instant()); // node A changed it
        assertTrue(cacheB.groupsOf("drafter", "demo".toCharArray()).isEmpty());

        clock.advance(Duration.ofSeconds(1));
        cacheB.remember("drafter", "new one".toCharArray(), Set.of("DRAFTER"));
        assertEquals(Optional.of(Set.of("DRAFTER")), cacheB.groupsOf("drafter", "new one".toCharArray()),
                "verified after the change");
    }
}
