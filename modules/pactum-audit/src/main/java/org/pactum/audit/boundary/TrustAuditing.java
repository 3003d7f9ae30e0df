package org.pactum.audit.boundary;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.pactum.domain.trust.TrustChanged;

/**
 * Records every change of what Pactum trusts — a trust anchor added or removed, a revocation list added — inside the
 * transaction that made it, so the change and its event commit or roll back together.
 */
@ApplicationScoped
public class TrustAuditing {

    @Inject
    AuditTrail trail;

    void onTrustChanged(@Observes TrustChanged changed) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("subject", changed.subject());
        details.put("sha256", changed.sha256());
        trail.record(trail.fromCaller(changed.action(), changed.actor(), null, null, null, details));
    }
}
