package org.pactum.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CredentialCacheTest {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void a_remembered_credential_is_recognised_until_it_expires() {
        SettableClock clock = new SettableClock(T0);
        CredentialCache cache = new CredentialCache(Duration.ofMinutes(5), clock);
        cache.remember("drafter", "demo".toCharArray(), Set.of("DRAFTER"));

        assertEquals(Optional.of(Set.of("DRAFTER")), cache.groupsOf("drafter", "demo".toCharArray()));
        clock.advance(Duration.ofMinutes(5));
        assertTrue(cache.groupsOf("drafter", "demo".toCharArray()).isEmpty(), "expired");
    }

    @Test
    void another_password_or_user_is_not_recognised() {
        CredentialCache cache = new CredentialCache(Duration.ofMinutes(5), new SettableClock(T0));
        cache.remember("drafter", "demo".toCharArray(), Set.of("DRAFTER"));
        assertTrue(cache.groupsOf("drafter", "dem0".toCharArray()).isEmpty());
        assertTrue(cache.groupsOf("approver1", "demo".toCharArray()).isEmpty());
        cache.forget("drafter");
        assertTrue(cache.groupsOf("drafter", "demo".toCharArray()).isEmpty());
    }

    @Test
    void a_zero_lifetime_caches_nothing() {
        CredentialCache cache = new CredentialCache(Duration.ZERO, new SettableClock(T0));
        cache.remember("drafter", "demo".toCharArray(), Set.of("DRAFTER"));
        assertTrue(cache.groupsOf("drafter", "demo".toCharArray()).isEmpty());
    }
}
