package org.pactum.audit.boundary;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.pactum.domain.audit.AccountRecorded;

/**
 * Records what an administrator did to a user account (created it, changed its name, address or roles, deactivated
 * or reactivated it, set a temporary password, named the parties it signs for), in the transaction that did it. A
 * password itself is never a detail.
 */
@ApplicationScoped
public class UserAdministrationAuditing {

    @Inject
    AuditTrail trail;

    void onAccount(@Observes AccountRecorded recorded) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("user", recorded.user());
        details.putAll(recorded.details());
        trail.record(trail.fromCaller(recorded.action(), recorded.actor(), null, null, null, details));
    }
}
