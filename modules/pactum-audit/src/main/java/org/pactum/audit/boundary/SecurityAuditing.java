package org.pactum.audit.boundary;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.audit.AuditRecord;
import org.pactum.domain.user.AccessDenied;
import org.pactum.domain.user.PasswordChanged;
import org.pactum.domain.user.SignInAttempt;
import org.pactum.domain.user.SignInLocked;
import org.pactum.domain.user.SignInUnlocked;

/**
 * Records sign-ins, sign-in locks, password changes and refused requests, each in a transaction of its own. A wrong
 * password is not an event of its own: anyone could add them without end. The throttle counts them, and the count
 * is recorded with the lock it leads to ({@code failures}) or with the next successful sign-in ({@code failuresBefore}).
 */
@ApplicationScoped
public class SecurityAuditing {

    @Inject
    AuditTrail trail;

    void onSignIn(@Observes SignInAttempt attempt) {
        if (!attempt.succeeded()) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("channel", attempt.channel());
        if (attempt.method() == SignInAttempt.Method.OPENID_CONNECT) {
            // Password sign-ins keep the details they always had; the rarer method is the one named.
            details.put("method", "oidc");
        }
        if (attempt.failuresBefore() > 0) {
            details.put("failuresBefore", attempt.failuresBefore());
        }
        trail.record(new AuditRecord(AuditAction.SIGNED_IN, claimed(attempt.username()), Set.of(), null, null, null,
                details, attempt.clientAddress()));
    }

    void onLock(@Observes SignInLocked lock) {
        trail.record(new AuditRecord(AuditAction.SIGN_IN_LOCKED, claimed(lock.username()), Set.of(), null, null, null,
                Map.of("scope", lock.scope(), "failures", lock.failures(), "lockedSeconds", lock.lockedFor().toSeconds(),
                        "channel", lock.channel()), lock.clientAddress()));
    }

    void onUnlock(@Observes SignInUnlocked unlock) {
        trail.record(trail.fromCaller(AuditAction.SIGN_IN_UNLOCKED, unlock.administrator(), null, null, null,
                Map.of("scope", unlock.scope(), "subject", claimed(unlock.subject()), "wasLocked", unlock.wasLocked())));
    }

    void onPasswordChange(@Observes PasswordChanged change) {
        trail.record(trail.fromCaller(AuditAction.PASSWORD_CHANGED, change.username(), null, null, null,
                change.replacedTemporary() ? Map.of("channel", change.channel(), "replacedTemporary", true)
                        : Map.of("channel", change.channel())));
    }

    /** A failed sign-in names whatever was typed: keep it short enough for the trail. */
    private static String claimed(String username) {
        if (username == null || username.isBlank()) {
            return "(none)";
        }
        return username.length() <= 64 ? username : username.substring(0, 61) + "...";
    }

    void onAccessDenied(@Observes AccessDenied denied) {
        trail.record(trail.fromCaller(AuditAction.ACCESS_DENIED, denied.username(), null, null, null,
                Map.of("method", denied.method(), "resource", denied.resource())));
    }
}
