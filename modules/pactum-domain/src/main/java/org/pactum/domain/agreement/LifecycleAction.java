package org.pactum.domain.agreement;

import java.util.EnumSet;
import java.util.Set;

import static org.pactum.domain.agreement.AgreementStatus.APPROVED;
import static org.pactum.domain.agreement.AgreementStatus.DRAFT;
import static org.pactum.domain.agreement.AgreementStatus.IN_APPROVAL;
import static org.pactum.domain.agreement.AgreementStatus.REJECTED;
import static org.pactum.domain.agreement.AgreementStatus.RETURNED;
import static org.pactum.domain.agreement.AgreementStatus.SIGNED;
import static org.pactum.domain.agreement.AgreementStatus.SIGNING;
import static org.pactum.domain.agreement.AgreementStatus.WITHDRAWN;

/**
 * The only ways an agreement's status changes. This table is the whole state machine;
 * docs/architecture.md draws it.
 */
public enum LifecycleAction {
    SUBMIT(IN_APPROVAL, false, DRAFT),
    APPROVE(APPROVED, false, IN_APPROVAL),
    RETURN(RETURNED, true, IN_APPROVAL),
    REJECT(REJECTED, true, IN_APPROVAL),
    REWORK(DRAFT, false, RETURNED),
    /** Taken by the first signature, never by a user's request: the status follows the signatures. */
    START_SIGNING(SIGNING, false, APPROVED),
    /** Taken by the last party's signature, never by a user's request. */
    COMPLETE_SIGNING(SIGNED, false, SIGNING),
    // Once signing has begun a signature may already exist, so withdrawal is no longer possible.
    WITHDRAW(WITHDRAWN, true, DRAFT, IN_APPROVAL, RETURNED, APPROVED);

    private final AgreementStatus target;
    private final boolean needsReason;
    private final Set<AgreementStatus> sources;

    LifecycleAction(AgreementStatus target, boolean needsReason, AgreementStatus first, AgreementStatus... more) {
        this.target = target;
        this.needsReason = needsReason;
        this.sources = EnumSet.of(first, more);
    }

    public AgreementStatus target() {
        return target;
    }

    /** Returning, rejecting and withdrawing must say why: the drafter and the audit trail need to know. */
    public boolean needsReason() {
        return needsReason;
    }

    /**
     * Whether the approval route takes this step: submitting puts the agreement on its route, and approving, returning
     * and rejecting follow the route's decisions, so no single approver's word moves it.
     */
    public boolean followsRoute() {
        return this == SUBMIT || this == APPROVE || this == RETURN || this == REJECT;
    }

    /** Whether signatures take this step (signing does it, in the transaction that keeps a signature), not a person. */
    public boolean followsSignatures() {
        return this == START_SIGNING || this == COMPLETE_SIGNING;
    }

    public boolean isAllowedFrom(AgreementStatus status) {
        return sources.contains(status);
    }

    /** Path segment used by the REST API, e.g. {@code start-signing}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
