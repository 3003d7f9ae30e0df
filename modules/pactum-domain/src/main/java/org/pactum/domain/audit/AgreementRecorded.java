package org.pactum.domain.audit;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementStatus;

/**
 * Published inside the transaction that changed an agreement, after the change is written, so that what listens
 * (the audit trail) commits or rolls back together with it.
 *
 * @param previousStatus the status before the change (equal to the current one for creation and edits)
 * @param reason         the reason given with a lifecycle action, if any
 */
public record AgreementRecorded(AuditAction action, Agreement agreement, AgreementStatus previousStatus, String actor,
                                String reason) {
}
