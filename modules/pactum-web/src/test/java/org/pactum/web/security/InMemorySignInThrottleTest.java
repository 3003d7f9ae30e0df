package org.pactum.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pactum.domain.user.SignInLocked;

class InMemorySignInThrottleTest {

    private static final ThrottlePolicy PER_USERNAME = new ThrottlePolicy(5, 1, Duration.ofMinutes(1), Duration.ofMinutes(15),
            Duration.ofHours(1));
    private static final ThrottlePolicy PER_ADDRESS = new ThrottlePolicy(20, 5, Duration.ofMinutes(1), Duration.ofMinutes(15),
            Duration.ofHours(1));

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-07T08:00:00Z"));
    private final InMemorySignInThrottle throttle = new InMemorySignInThrottle(PER_USERNAME, PER_ADDRESS, 1000, clock);

    @Test
    void the_fifth_wrong_password_locks_the_username_for_a_minute_and_starts_exactly_one_lock() {
        for (int i = 1; i <= 4; i++) {
            assertEquals(List.of(), throttle.failed("drafter", "10.0.0.1"), "failure " + i);
            assertEquals(Optional.empty(), throttle.refusal("drafter", "10.0.0.1"));
        }
        List<SignInLock> started = throttle.failed("drafter", "10.0.0.1");
        assertEquals(1, started.size());
        assertEquals(SignInLocked.Scope.ACCOUNT, started.getFirst().scope());
        assertEquals(5, started.getFirst().failures());
        assertEquals(Duration.ofMinutes(1), started.getFirst().lockedFor());
        assertEquals(Optional.of(Duration.ofMinutes(1)), throttle.refusal("drafter", "10.0.0.2"), "from any address");
        assertEquals(Optional.empty(), throttle.refusal("approver1", "10.0.0.1"), "another username from the same address");

        clock.advance(Duration.ofSeconds(59));
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.refusal("drafter", "10.0.0.1"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), throttle.refusal("drafter", "10.0.0.1"), "heard again once the lock ended");
    }

    @Test
    void after_a_lock_each_wrong_password_locks_again_for_twice_as_long_up_to_the_longest() {
        lock("drafter");
        List<Duration> lengths = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            clock.advance(throttle.refusal("drafter", "10.0.0.1").orElseThrow());
            List<SignInLock> started = throttle.failed("drafter", "10.0.0.1");
            assertEquals(1, started.size(), "one wrong password after a lock locks again");
            lengths.add(started.getFirst().lockedFor());
        }
        assertEquals(List.of(Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(15),
                Duration.ofMinutes(15), Duration.ofMinutes(15)), lengths);
    }

    @Test
    void the_right_password_starts_the_count_again_and_says_how_many_came_before() {
        throttle.failed("drafter", "10.0.0.1");
        throttle.failed("drafter", "10.0.0.1");
        throttle.failed("drafter", "10.0.0.1");
        assertEquals(3, throttle.succeeded("drafter"));
        for (int i = 0; i < 4; i++) {
            assertEquals(List.of(), throttle.failed("drafter", "10.0.0.1"));
        }
        assertEquals(0, throttle.succeeded("nobody"));
    }

    @Test
    void an_hour_without_wrong_passwords_forgives_the_count() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("drafter", "10.0.0.1");
        }
        clock.advance(Duration.ofHours(1));
        assertEquals(List.of(), throttle.failed("drafter", "10.0.0.1"), "counted from one again");
    }

    @Test
    void an_unknown_username_is_locked_like_a_real_one() {
        List<SignInLock> started = lock("no-such-user-" + System.nanoTime());
        assertEquals(SignInLocked.Scope.ACCOUNT, started.getFirst().scope());
    }

    @Test
    void twenty_wrong_passwords_from_one_address_lock_the_address_whatever_usernames_they_claimed() {
        List<SignInLock> started = List.of();
        for (int i = 1; i <= 20; i++) {
            started = throttle.failed("guess" + i, "192.0.2.7");
        }
        assertEquals(1, started.size());
        assertEquals(SignInLocked.Scope.ADDRESS, started.getFirst().scope());
        assertEquals("192.0.2.7", started.getFirst().subject());
        assertTrue(throttle.refusal("drafter", "192.0.2.7").isPresent(), "even a username with no failures of its own");
        assertTrue(throttle.refusal("drafter", "192.0.2.8").isEmpty(), "from another address");
    }

    @Test
    void an_administrator_ends_a_lock_and_the_count_with_it() {
        lock("drafter");
        assertTrue(throttle.unlockUsername("drafter"));
        assertEquals(Optional.empty(), throttle.refusal("drafter", "10.0.0.1"));
        assertEquals(List.of(), throttle.failed("drafter", "10.0.0.1"), "the count starts again, not one from a lock");
        assertFalse(throttle.unlockUsername("drafter"), "no lock to end");
    }

    @Test
    void the_locks_in_force_are_listed_the_longest_first() {
        lock("drafter");
        clock.advance(Duration.ofSeconds(10));
        lock("approver1");
        List<SignInLock> locks = throttle.locks(10);
        assertEquals(List.of("approver1", "drafter"), locks.stream().map(SignInLock::subject).toList());
        clock.advance(Duration.ofMinutes(2));
        assertEquals(List.of(), throttle.locks(10));
    }

    @Test
    void no_more_subjects_are_kept_than_the_capacity_the_least_recently_used_forgotten_first() {
        InMemorySignInThrottle small = new InMemorySignInThrottle(PER_USERNAME, PER_ADDRESS, 3, clock);
        for (int i = 0; i < 4; i++) {
            small.failed("drafter", "10.0.0.1");
        }
        for (int i = 0; i < 10_000; i++) {
            small.failed("invented-" + i, "192.0.2." + (i % 250));
            small.refusal("drafter", "10.0.0.1");
        }
        assertEquals(1, small.failed("drafter", "10.0.0.1").size(), "kept while used: the fifth failure locks");
        assertTrue(small.locks(100).size() <= 6, "at most three usernames and three addresses");
    }

    private List<SignInLock> lock(String username) {
        List<SignInLock> started = List.of();
        for (int i = 0; i < 5; i++) {
            started = throttle.failed(username, "10.0.0.1");
        }
        assertEquals(1, started.size(), username + " locked");
        return started;
    }
}
