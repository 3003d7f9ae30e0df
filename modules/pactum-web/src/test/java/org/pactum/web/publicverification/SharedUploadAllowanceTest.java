package org.pactum.web.publicverification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.pactum.web.cluster.CompareAndReplaceMap;
import org.pactum.web.security.SettableClock;

/**
 * Two nodes' allowances over the maps a cluster shares (here maps that, like Hazelcast's, change an entry by compare
 * and replace): together they grant what one would.
 */
class SharedUploadAllowanceTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-07T08:00:00Z"));
    private final ConcurrentMap<String, String> addresses = new CompareAndReplaceMap<>();
    private final ConcurrentMap<String, String> everyone = new CompareAndReplaceMap<>();
    private final UploadAllowance nodeA = new UploadAllowance(10, 30, MINUTE, 100, clock, addresses, everyone);
    private final UploadAllowance nodeB = new UploadAllowance(10, 30, MINUTE, 100, clock, addresses, everyone);

    @Test
    void ten_uploads_a_minute_from_one_address_whichever_node_takes_them() {
        List<Optional<Duration>> answers = IntStream.range(0, 12)
                .mapToObj(i -> (i % 2 == 0 ? nodeA : nodeB).take("203.0.113.7")).toList();
        assertEquals(Collections.nCopies(10, Optional.<Duration>empty()), answers.subList(0, 10));
        assertEquals(List.of(Optional.of(Duration.ofSeconds(6)), Optional.of(Duration.ofSeconds(6))), answers.subList(10, 12),
                "the eleventh and twelfth, one on each node, wait for the next six seconds' worth");
        clock.advance(Duration.ofSeconds(6));
        assertEquals(List.of(Optional.empty(), Optional.of(Duration.ofSeconds(6))),
                List.of(nodeB.take("203.0.113.7"), nodeA.take("203.0.113.7")),
                "a sixth of a minute brought one back, and only one, on either node");
    }

    @Test
    void all_addresses_together_get_thirty_a_minute_from_the_whole_cluster_and_a_refusal_takes_nothing() {
        for (int i = 0; i < 30; i++) {
            assertEquals(Optional.empty(), (i % 2 == 0 ? nodeA : nodeB).take("198.51.100." + i), "address " + i);
        }
        assertEquals(Optional.of(Duration.ofSeconds(2)), nodeB.take("198.51.100.200"));
        assertEquals(Optional.of(Duration.ofSeconds(2)), nodeA.take("198.51.100.200"));
        assertFalse(addresses.containsKey("198.51.100.200"), "the refused address's upload went back: a full bucket, none kept");

        clock.advance(MINUTE);
        for (int i = 1; i <= 10; i++) {
            assertEquals(Optional.empty(), nodeA.take("198.51.100.200"), "its whole allowance: " + i);
        }
    }

    @Test
    void a_shared_map_past_the_tracked_addresses_drops_those_whose_allowance_has_refilled_and_keeps_the_others() {
        UploadAllowance small = new UploadAllowance(2, 1000, MINUTE, 2, clock, addresses, everyone);
        small.take("old");
        clock.advance(MINUTE);
        small.take("newer");
        small.take("newer");
        small.take("newest");
        assertEquals(Set.of("newer", "newest"), addresses.keySet());
        assertTrue(small.take("newer").isPresent(), "an address not yet refilled is not forgotten, so not granted afresh");
    }

    @Test
    void concurrent_uploads_from_one_address_on_two_nodes_are_granted_exactly_its_allowance() throws Exception {
        assertEquals(10, grantedConcurrently(nodeA, nodeB, (thread, i) -> "203.0.113.7").size());
    }

    @Test
    void concurrent_uploads_from_many_addresses_never_get_more_than_the_overall_allowance_and_lose_none_of_it()
            throws Exception {
        UploadAllowance a = new UploadAllowance(3, 20, MINUTE, 100, clock, addresses, everyone);
        UploadAllowance b = new UploadAllowance(3, 20, MINUTE, 100, clock, addresses, everyone);
        List<String> granted = grantedConcurrently(a, b, (thread, i) -> "10.0.0." + (thread + i) % 16);
        Map<String, Long> perAddress = granted.stream().collect(Collectors.groupingBy(address -> address,
                Collectors.counting()));
        assertTrue(granted.size() <= 20, () -> "granted " + granted.size());
        assertTrue(perAddress.values().stream().allMatch(count -> count <= 3), perAddress::toString);
        int later = 0;
        while (a.take("192.0.2." + later).isEmpty()) {
            later++;
        }
        assertEquals(20, granted.size() + later, "what the threads left of the overall allowance is still there");
    }

    /** Eight threads, half on each node, ask for 40 uploads each at once; the addresses granted, once per upload. */
    private static List<String> grantedConcurrently(UploadAllowance a, UploadAllowance b,
                                                    BiFunction<Integer, Integer, String> address) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            UploadAllowance node = t % 2 == 0 ? a : b;
            int thread = t;
            threads.add(pool.submit(() -> {
                start.await();
                List<String> mine = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    String from = address.apply(thread, i);
                    if (node.take(from).isEmpty()) {
                        mine.add(from);
                    }
                }
                return mine;
            }));
        }
        start.countDown();
        List<String> granted = new ArrayList<>();
        for (Future<List<String>> thread : threads) {
            granted.addAll(thread.get());
        }
        pool.shutdown();
        return granted;
    }
}
