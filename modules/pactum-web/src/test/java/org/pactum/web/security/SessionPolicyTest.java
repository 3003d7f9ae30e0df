package org.pactum.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.junit.jupiter.api.Test;

class SessionPolicyTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-07T08:00:00Z"));
    private final SessionPolicy policy = new SessionPolicy();
    private final Map<String, Object> attributes = new HashMap<>();
    private final int[] maxInactive = {0};
    private final HttpSession session = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {HttpSession.class}, (proxy, method, arguments) -> switch (method.getName()) {
                case "setAttribute" -> attributes.put((String) arguments[0], arguments[1]);
                case "getAttribute" -> attributes.get((String) arguments[0]);
                case "setMaxInactiveInterval" -> maxInactive[0] = (Integer) arguments[0];
                default -> throw new UnsupportedOperationException(method.getName());
            });

    SessionPolicyTest() {
        policy.idleTimeout = Duration.ofMinutes(30);
        policy.lifetime = Duration.ofHours(12);
        policy.clock = clock;
    }

    @Test
    void a_signed_in_session_idles_out_after_the_idle_timeout_and_ends_after_its_lifetime_however_busy() {
        policy.started(session);
        assertEquals(30 * 60, maxInactive[0]);
        clock.advance(Duration.ofHours(11).plusMinutes(59));
        assertFalse(policy.ended(session, "drafter"));
        clock.advance(Duration.ofMinutes(1));
        assertTrue(policy.ended(session, "drafter"));
    }

    @Test
    void a_password_change_ends_the_sessions_signed_in_before_it_but_not_the_one_that_made_it() {
        policy.started(session);
        clock.advance(Duration.ofMinutes(5));
        policy.passwordChanged("drafter");
        assertTrue(policy.ended(session, "drafter"), "signed in with the old password");
        assertFalse(policy.ended(session, "approver1"), "someone else's password");
        policy.started(session);
        assertFalse(policy.ended(session, "drafter"), "the session that changed it carries on");
    }
}
