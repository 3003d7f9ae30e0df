package org.pactum.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.pactum.domain.user.SignInLocked;
import org.pactum.web.security.SignInOutcome.Kind;

class SignInCheckTest {

    private static final String ADDRESS = "10.0.0.1";

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-07T08:00:00Z"));
    private final InMemorySignInThrottle throttle = new InMemorySignInThrottle(
            new ThrottlePolicy(5, 1, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(1)),
            new ThrottlePolicy(20, 5, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(1)), 1000, clock);
    /** Counts every hash; "drafter" with "demo" is the one right password. */
    private final AtomicInteger hashes = new AtomicInteger();
    private volatile long hashMillis = 0;
    private final PasswordVerifier verifier = (username, password) -> {
        hashes.incrementAndGet();
        sleep(hashMillis);
        return username.equals("drafter") && new String(password).equals("demo") ? Optional.of(Set.of("DRAFTER")) : Optional.empty();
    };
    private final SignInCheck check = new SignInCheck(throttle, new CredentialCache(Duration.ofMinutes(5), clock),
            new HashingGate(1, Duration.ofSeconds(30)), verifier);

    @Test
    void a_wrong_guess_for_someone_keeps_their_cached_credential() {
        assertEquals(Kind.VERIFIED, check.check("drafter", "demo".toCharArray(), ADDRESS).kind());
        assertEquals(Kind.WRONG, check.check("drafter", "guess".toCharArray(), "192.0.2.66").kind());
        int before = hashes.get();
        assertEquals(Kind.CACHED, check.check("drafter", "demo".toCharArray(), ADDRESS).kind());
        assertEquals(before, hashes.get(), "drafter's next request hashes nothing");
    }

    @Test
    void during_a_lock_even_the_right_password_is_refused_unheard_and_after_it_the_right_password_works() {
        for (int i = 1; i <= 4; i++) {
            assertEquals(Kind.WRONG, check.check("drafter", ("guess" + i).toCharArray(), "192.0.2.66").kind());
        }
        SignInOutcome fifth = check.check("drafter", "guess5".toCharArray(), "192.0.2.66");
        assertEquals(Kind.LOCKED, fifth.kind());
        assertEquals(60, fifth.retryAfterSeconds());
        assertEquals(List.of(SignInLocked.Scope.ACCOUNT), fifth.locksStarted().stream().map(SignInLock::scope).toList(),
                "the lock is announced once, by the attempt that starts it");

        int before = hashes.get();
        SignInOutcome right = check.check("drafter", "demo".toCharArray(), ADDRESS);
        assertEquals(Kind.LOCKED, right.kind(), "guessing right during the lock does not end it");
        assertEquals(List.of(), right.locksStarted(), "a refused attempt starts no further lock");
        assertEquals(before, hashes.get(), "refused unheard: nothing hashed");

        clock.advance(Duration.ofMinutes(1));
        SignInOutcome after = check.check("drafter", "demo".toCharArray(), ADDRESS);
        assertEquals(Kind.VERIFIED, after.kind());
        assertEquals(5, after.failuresBefore(), "the wrong passwords are summed up in the sign-in that follows");
    }

    @Test
    void a_cached_credential_is_refused_too_while_its_username_is_locked() {
        check.check("drafter", "demo".toCharArray(), ADDRESS);
        for (int i = 0; i < 5; i++) {
            check.check("drafter", ("guess" + i).toCharArray(), "192.0.2.66");
        }
        assertEquals(Kind.LOCKED, check.check("drafter", "demo".toCharArray(), ADDRESS).kind());
    }

    @Test
    void an_unknown_user_is_hashed_counted_and_locked_exactly_like_a_real_one() {
        for (String username : List.of("approver1", "nobody-" + System.nanoTime())) {
            int before = hashes.get();
            List<Kind> kinds = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                kinds.add(check.check(username, "guess".toCharArray(), "192.0.2." + i).kind());
            }
            assertEquals(List.of(Kind.WRONG, Kind.WRONG, Kind.WRONG, Kind.WRONG, Kind.LOCKED, Kind.LOCKED), kinds, username);
            assertEquals(before + 5, hashes.get(), username + ": every heard attempt is hashed");
        }
    }

    @Test
    void nineteen_parallel_first_requests_of_one_user_run_one_hash_and_one_of_them_is_the_recorded_sign_in() throws Exception {
        hashMillis = 500;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SignInOutcome>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(19)) {
            for (int i = 0; i < 19; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return check.check("drafter", "demo".toCharArray(), ADDRESS);
                }));
            }
            start.countDown();
            List<Kind> kinds = new ArrayList<>();
            for (Future<SignInOutcome> outcome : outcomes) {
                kinds.add(outcome.get(30, TimeUnit.SECONDS).kind());
            }
            assertEquals(1, kinds.stream().filter(Kind.VERIFIED::equals).count(), kinds::toString);
            assertEquals(18, kinds.stream().filter(Kind.CACHED::equals).count(), kinds::toString);
        }
        assertEquals(1, hashes.get(), "one hash for nineteen parallel requests");
    }

    @Test
    void a_stream_of_wrong_guesses_neither_evicts_nor_delays_a_cached_caller() throws Exception {
        check.check("drafter", "demo".toCharArray(), ADDRESS);
        hashMillis = 40;
        AtomicBoolean attacking = new AtomicBoolean(true);
        AtomicInteger guesses = new AtomicInteger();
        CountDownLatch underWay = new CountDownLatch(8);
        try (ExecutorService attackers = Executors.newFixedThreadPool(8)) {
            for (int t = 0; t < 8; t++) {
                int thread = t;
                attackers.submit(() -> {
                    for (int i = 0; attacking.get(); i++) {
                        // Four guesses at drafter's password (one short of a lock), the rest at other names.
                        String username = thread < 4 && i == 0 ? "drafter" : "user-" + thread + "-" + i;
                        try {
                            check.check(username, ("guess" + i).toCharArray(), "198.51." + thread + "." + (i % 250));
                        } catch (HashingBusyException busy) {
                            // turned away: what a flood gets once every slot is taken
                        }
                        guesses.incrementAndGet();
                        underWay.countDown();
                    }
                    return null;
                });
            }
            underWay.await(10, TimeUnit.SECONDS);
            long started = System.nanoTime();
            int served = 0;
            for (int i = 0; i < 2000; i++) {
                if (check.check("drafter", "demo".toCharArray(), ADDRESS).kind() == Kind.CACHED) {
                    served++;
                }
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            attacking.set(false);
            assertEquals(2000, served, "every request of drafter answered from the cache");
            assertTrue(millis < 5_000, "2000 checks of a cached credential took " + millis + " ms");
            assertTrue(guesses.get() >= 8, "the guesses ran: " + guesses.get());
        }
    }

    private static void sleep(long millis) {
        if (millis == 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
