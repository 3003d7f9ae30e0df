package org.pactum.audit.boundary;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.user.ContactChanged;

/** Records a change of an account's e-mail address or notification language, in the transaction that made it. */
@ApplicationScoped
public class AccountAuditing {

    @Inject
    AuditTrail trail;

    void onContactChanged(@Observes ContactChanged changed) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("user", changed.username());
        details.put("email", changed.email() == null ? "none" : changed.email());
        details.put("language", changed.language() == null ? "none" : changed.language());
        trail.record(trail.fromCaller(AuditAction.USER_CONTACT_CHANGED, changed.actor(), null, null, null, details));
    }
}
