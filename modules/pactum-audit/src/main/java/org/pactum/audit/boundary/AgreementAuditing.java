package org.pactum.audit.boundary;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementFingerprint;
import org.pactum.domain.audit.AgreementRecorded;

/** Records every agreement change the registry announces, synchronously, inside the registry's transaction. */
@ApplicationScoped
public class AgreementAuditing {

    @Inject
    AuditTrail trail;

    void onAgreementRecorded(@Observes AgreementRecorded recorded) {
        Agreement agreement = recorded.agreement();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("number", agreement.number());
        details.put("kind", agreement.kind());
        details.put("from", recorded.previousStatus());
        details.put("to", agreement.status());
        details.put("revision", agreement.revision());
        // From approval on, every event names the registration, so the trail can be read alongside the register.
        agreement.registration().ifPresent(registration -> {
            details.put("registrationNumber", registration.number());
            details.put("registrationDate", registration.date().toString());
        });
        if (recorded.reason() != null) {
            details.put("reason", recorded.reason());
        }
        trail.record(trail.fromCaller(recorded.action(), recorded.actor(), agreement.id(), agreement.version(),
                AgreementFingerprint.of(agreement), details));
    }
}
