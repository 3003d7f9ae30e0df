package org.pactum.audit.boundary;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pactum.audit.control.DecisionEvents;
import org.pactum.audit.entity.AgreementChainStatus;
import org.pactum.audit.entity.ApprovalDecision;
import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.audit.AuditEvent;

/**
 * What the trail says about one agreement for someone who holds its signed PDF: the approval steps as recorded, and
 * whether those records can be relied on. Reading changes nothing.
 */
@ApplicationScoped
public class AgreementHistory {

    private static final Set<String> READS = Set.of(AuditAction.DOCUMENT_VERIFIED.code(),
            AuditAction.COMPLETION_CERTIFICATE_ISSUED.code());

    @Inject
    AuditTrail trail;

    /** The agreement's submissions, approvals, returns, rejections and withdrawals, in the order they happened. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApprovalDecision> decisions(long agreementId) {
        return DecisionEvents.of(trail.eventsOf(agreementId));
    }

    /**
     * The whole chain checked now, and whether a seal already covers the agreement's last change. Verifications and
     * issued certificates are left out of "last": they read the agreement, and each would otherwise leave it unsealed
     * until the next seal.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AgreementChainStatus chain(long agreementId) {
        long last = trail.eventsOf(agreementId).stream().filter(event -> !READS.contains(event.action()))
                .mapToLong(AuditEvent::sequence).max().orElse(0);
        return new AgreementChainStatus(trail.verify(), last);
    }
}
