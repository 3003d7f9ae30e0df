package org.pactum.domain.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SigningKeyLockedExceptionTest {

    @Test
    void retry_after_is_whole_seconds_rounded_up_and_never_zero_and_minutes_round_up_too() {
        assertEquals(1, new SigningKeyLockedException(Duration.ZERO).retryAfterSeconds());
        assertEquals(2, new SigningKeyLockedException(Duration.ofMillis(1001)).retryAfterSeconds());
        assertEquals(60, new SigningKeyLockedException(Duration.ofMinutes(1)).retryAfterSeconds());
        assertEquals(1, new SigningKeyLockedException(Duration.ofSeconds(1)).retryAfterMinutes());
        assertEquals(2, new SigningKeyLockedException(Duration.ofSeconds(61)).retryAfterMinutes());
        assertEquals("signing-key-locked", new SigningKeyLockedException(Duration.ZERO).problemType());
    }
}
