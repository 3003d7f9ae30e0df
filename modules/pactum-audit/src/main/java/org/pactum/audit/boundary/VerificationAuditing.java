package org.pactum.audit.boundary;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.verification.DocumentVerified;

/** Records every verification — which document, the verdict, who asked — in the transaction that keeps its report. */
@ApplicationScoped
public class VerificationAuditing {

    @Inject
    AuditTrail trail;

    void onVerified(@Observes DocumentVerified verified) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("report", verified.reportId());
        details.put("documentSha256", verified.documentSha256());
        details.put("indication", verified.indication());
        trail.record(trail.fromCaller(AuditAction.DOCUMENT_VERIFIED, verified.actor(), verified.agreementId(), null, null,
                details));
    }
}
