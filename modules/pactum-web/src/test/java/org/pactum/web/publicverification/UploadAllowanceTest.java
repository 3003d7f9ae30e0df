package org.pactum.web.publicverification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pactum.web.security.SettableClock;

class UploadAllowanceTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-07T08:00:00Z"));
    private final UploadAllowance allowance = new UploadAllowance(10, 30, Duration.ofMinutes(1), 100, clock);

    @Test
    void ten_uploads_a_minute_from_one_address_then_the_eleventh_waits_for_the_next_six_seconds_worth() {
        for (int i = 1; i <= 10; i++) {
            assertEquals(Optional.empty(), allowance.take("203.0.113.7"), "upload " + i);
        }
        assertEquals(Optional.of(Duration.ofSeconds(6)), allowance.take("203.0.113.7"));
        assertEquals(Optional.empty(), allowance.take("203.0.113.8"), "another address has its own allowance");

        clock.advance(Duration.ofSeconds(5));
        assertEquals(Optional.of(Duration.ofSeconds(1)), allowance.take("203.0.113.7"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), allowance.take("203.0.113.7"), "a sixth of a minute brought one back");
        assertTrue(allowance.take("203.0.113.7").isPresent(), "and only one");
    }

    @Test
    void all_addresses_together_get_thirty_a_minute() {
        for (int i = 0; i < 30; i++) {
            assertEquals(Optional.empty(), allowance.take("198.51.100." + i), "address " + i);
        }
        assertEquals(Optional.of(Duration.ofSeconds(2)), allowance.take("198.51.100.200"),
                "a fresh address waits for the overall allowance");
    }

    @Test
    void refused_uploads_take_nothing_so_hammering_does_not_prolong_the_wait() {
        for (int i = 0; i < 10; i++) {
            allowance.take("203.0.113.7");
        }
        for (int i = 0; i < 1000; i++) {
            allowance.take("203.0.113.7");
        }
        clock.advance(Duration.ofMinutes(1));
        for (int i = 1; i <= 10; i++) {
            assertEquals(Optional.empty(), allowance.take("203.0.113.7"), "a full minute's allowance again: " + i);
        }
    }

    @Test
    void at_most_the_tracked_addresses_are_remembered() {
        UploadAllowance small = new UploadAllowance(1, 1000, Duration.ofMinutes(1), 2, clock);
        small.take("a");
        small.take("b");
        small.take("c");
        assertEquals(Optional.empty(), small.take("a"), "the least recently used address was forgotten");
    }

    @Test
    void an_allowance_of_nothing_is_refused_at_start() {
        assertThrows(IllegalArgumentException.class,
                () -> new UploadAllowance(0, 30, Duration.ofMinutes(1), 100, clock));
        assertThrows(IllegalArgumentException.class, () -> new UploadAllowance(10, 30, Duration.ZERO, 100, clock));
    }
}
