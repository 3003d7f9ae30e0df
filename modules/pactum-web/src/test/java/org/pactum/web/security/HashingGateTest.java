package org.pactum.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class HashingGateTest {

    @Test
    void nineteen_parallel_first_requests_with_one_credential_hash_once_and_all_get_its_result() throws Exception {
        HashingGate gate = new HashingGate(2, Duration.ofSeconds(10));
        AtomicInteger hashes = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(19)) {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 19; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return gate.once("drafter", "demo".toCharArray(), () -> {
                        hashes.incrementAndGet();
                        sleep(1000);
                        return "DRAFTER";
                    });
                }));
            }
            start.countDown();
            for (Future<String> answer : answers) {
                assertEquals("DRAFTER", answer.get(10, TimeUnit.SECONDS));
            }
        }
        assertEquals(1, hashes.get(), "one hash for nineteen requests");
    }

    @Test
    void different_credentials_are_not_shared_and_never_more_than_the_pool_run_at_once() throws Exception {
        HashingGate gate = new HashingGate(2, Duration.ofSeconds(30));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger hashes = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(12)) {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String guess = "guess-" + i;
                answers.add(pool.submit(() -> gate.once("drafter", guess.toCharArray(), () -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    hashes.incrementAndGet();
                    sleep(50);
                    running.decrementAndGet();
                    return false;
                })));
            }
            for (Future<Boolean> answer : answers) {
                answer.get(30, TimeUnit.SECONDS);
            }
        }
        assertEquals(12, hashes.get());
        assertTrue(most.get() <= 2, "at most two hashes at once, saw " + most.get());
    }

    @Test
    void a_request_that_cannot_get_a_slot_in_time_is_turned_away_instead_of_queueing() throws Exception {
        HashingGate gate = new HashingGate(1, Duration.ofMillis(100));
        CountDownLatch hashing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            Future<Object> slow = pool.submit(() -> gate.run(() -> {
                hashing.countDown();
                await(release);
                return null;
            }));
            hashing.await();
            assertThrows(HashingBusyException.class, () -> gate.once("approver1", "x".toCharArray(), () -> true));
            release.countDown();
            slow.get(5, TimeUnit.SECONDS);
        }
        assertTrue(gate.once("approver1", "x".toCharArray(), () -> true), "served once the slot is free");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
