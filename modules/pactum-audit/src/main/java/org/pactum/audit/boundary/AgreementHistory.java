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
import org.pactum.domain.audit.AuditLog;

/**
 * What the trail says about one agreement for someone who holds its signed PDF: the approval steps as recorded, and
 * whether those records can be relied on. Reading changes nothing.
 */
@ApplicationScoped
public class AgreementHistory {

    private static final Set<String> READS = Set.of(AuditAction.DOCUMENT_VERIFIED.code(),
            AuditAction.COMPLETION_CERTIFICATE_ISSUED.code());

    @Inject
    AuditLog log;

    @Inject
    ChainCheckpoints checkpoints;

    /** The agreement's submissions, approvals, returns, rejections and withdrawals, in the order they happened. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApprovalDecision> decisions(long agreementId) {
        return DecisionEvents.of(log.eventsOf(agreementId, READS));
    }

    /**
     * The chain as checked now ({@link ChainCheckpoints}), and whether a seal already covers the agreement's last
     * change. Verifications and issued certificates are left out of "last" (and never read): they read the agreement,
     * each would otherwise leave it unsealed until the next seal, and they grow with every auditor's check.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AgreementChainStatus chain(long agreementId) {
        long last = log.eventsOf(agreementId, READS).stream().mapToLong(AuditEvent::sequence).max().orElse(0);
        return new AgreementChainStatus(checkpoints.current(), last);
    }
}
