package org.pactum.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SigningKeyThrottleTest {

    private static final ThrottlePolicy POLICY = new ThrottlePolicy(5, 1, Duration.ofMinutes(1), Duration.ofHours(1),
            Duration.ofHours(24));

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-07T08:00:00Z"));
    private final SigningKeyThrottle throttle = new SigningKeyThrottle(POLICY, 1000, clock);

    @Test
    void the_fifth_wrong_pin_in_a_row_locks_that_users_key_only_and_starts_one_lock() {
        for (int i = 1; i <= 4; i++) {
            assertEquals(Optional.empty(), throttle.failed("signer1"), "wrong PIN " + i);
        }
        SigningKeyLock lock = throttle.failed("signer1").orElseThrow();
        assertEquals("signer1", lock.username());
        assertEquals(5, lock.failures());
        assertEquals(Duration.ofMinutes(1), lock.lockedFor());
        assertEquals(Optional.of(Duration.ofMinutes(1)), throttle.refusal("signer1"));
        assertEquals(Optional.empty(), throttle.refusal("signer2"), "another signer's key is not touched");
        assertEquals(Optional.empty(), throttle.failed("signer1"), "a PIN counted while locked starts no second lock");

        clock.advance(Duration.ofMinutes(1));
        assertEquals(Optional.empty(), throttle.refusal("signer1"), "heard again once the lock ended");
    }

    @Test
    void after_a_lock_each_wrong_pin_locks_again_for_twice_as_long_up_to_an_hour() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("signer1");
        }
        List<Duration> lengths = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            clock.advance(throttle.refusal("signer1").orElseThrow());
            lengths.add(throttle.failed("signer1").orElseThrow().lockedFor());
        }
        assertEquals(List.of(2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L),
                lengths.stream().map(Duration::toMinutes).toList());
    }

    @Test
    void the_right_pin_starts_the_count_again() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("signer1");
        }
        throttle.succeeded("signer1");
        for (int i = 0; i < 4; i++) {
            assertEquals(Optional.empty(), throttle.failed("signer1"), "counted afresh: " + i);
        }
        assertTrue(throttle.failed("signer1").isPresent());
    }

    @Test
    void an_administrator_ends_a_lock_and_the_locks_are_listed_until_then() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("signer1");
        }
        assertEquals(List.of("signer1"), throttle.locks(10).stream().map(SigningKeyLock::username).toList());
        assertTrue(throttle.unlock("signer1"));
        assertEquals(Optional.empty(), throttle.refusal("signer1"));
        assertEquals(List.of(), throttle.locks(10));
        assertFalse(throttle.unlock("signer1"), "nothing left to end");
    }

    @Test
    void one_pin_per_key_is_tried_at_a_time() {
        assertTrue(throttle.begin("signer1"));
        assertFalse(throttle.begin("signer1"), "a parallel guess is refused");
        assertTrue(throttle.begin("signer2"), "another key is free");
        throttle.done("signer1");
        assertTrue(throttle.begin("signer1"));
    }
}
