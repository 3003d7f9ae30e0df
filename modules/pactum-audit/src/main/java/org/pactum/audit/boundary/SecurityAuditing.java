package org.pactum.audit.boundary;

import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.audit.AuditRecord;
import org.pactum.domain.user.AccessDenied;
import org.pactum.domain.user.SignInAttempt;

/** Records sign-ins, failed sign-ins and refused requests, each in a transaction of its own. */
@ApplicationScoped
public class SecurityAuditing {

    @Inject
    AuditTrail trail;

    void onSignIn(@Observes SignInAttempt attempt) {
        AuditAction action = attempt.succeeded() ? AuditAction.SIGNED_IN : AuditAction.SIGN_IN_FAILED;
        trail.record(new AuditRecord(action, claimed(attempt.username()), Set.of(), null, null, null,
                Map.of("channel", attempt.channel()), attempt.clientAddress()));
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
