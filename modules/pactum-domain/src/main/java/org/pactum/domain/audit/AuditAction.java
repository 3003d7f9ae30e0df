package org.pactum.domain.audit;

import org.pactum.domain.agreement.LifecycleAction;

/** What an audit event records. The code is what is hashed and exported; it never changes once used. */
public enum AuditAction {
    AGREEMENT_CREATED("agreement.created"),
    AGREEMENT_EDITED("agreement.edited"),
    AGREEMENT_SUBMITTED("agreement.submitted"),
    AGREEMENT_APPROVED("agreement.approved"),
    AGREEMENT_RETURNED("agreement.returned"),
    AGREEMENT_REJECTED("agreement.rejected"),
    AGREEMENT_REWORKED("agreement.reworked"),
    AGREEMENT_SIGNING_STARTED("agreement.signing-started"),
    AGREEMENT_SIGNED("agreement.signed"),
    AGREEMENT_WITHDRAWN("agreement.withdrawn"),
    SIGNED_IN("user.signed-in"),
    SIGN_IN_FAILED("user.sign-in-failed"),
    ACCESS_DENIED("user.access-denied"),
    SIGN_IN_LOCKED("user.sign-in-locked"),
    SIGN_IN_UNLOCKED("user.sign-in-unlocked"),
    PASSWORD_CHANGED("user.password-changed"),
    AUDIT_VERIFIED("audit.verified"),
    COMPLETION_CERTIFICATE_ISSUED("agreement.completion-certificate-issued"),
    COMMENT_ADDED("comment.added"),
    COMMENT_RESOLVED("comment.resolved"),
    COMMENT_REOPENED("comment.reopened"),
    TEMPLATE_SAVED("template.saved"),
    CLAUSE_LIBRARY_SAVED("clause-library.saved"),
    SIGNATURE_ADDED("agreement.signature-added"),
    SIGNATURE_PREPARED("agreement.signature-prepared"),
    SIGNATURE_IMPORTED("agreement.signature-imported"),
    SIGNING_REFUSED("agreement.signing-refused"),
    SIGNING_KEY_SET("user.signing-key-set"),
    SIGNING_KEY_LOCKED("user.signing-key-locked"),
    SIGNING_KEY_UNLOCKED("user.signing-key-unlocked"),
    USER_CONTACT_CHANGED("user.contact-changed"),
    TRUST_ANCHOR_ADDED("trust-anchor.added"),
    TRUST_ANCHOR_REMOVED("trust-anchor.removed"),
    REVOCATION_LIST_ADDED("trust-anchor.revocation-list-added"),
    DOCUMENT_VERIFIED("document.verified"),
    ROUTE_STARTED("route.started"),
    ROUTE_RESUBMITTED("route.resubmitted"),
    ROUTE_DECIDED("route.decided"),
    ROUTE_TASK_DELEGATED("route.task-delegated"),
    ROUTE_TASK_REMINDED("route.task-reminded"),
    ROUTE_TASK_ESCALATED("route.task-escalated"),
    ROUTE_WITHDRAWN("route.withdrawn"),
    ROUTE_CONFIGURED("route.configured"),
    REGION_ADDED("region.added"),
    REGION_RENAMED("region.renamed"),
    PARTY_ADDED("party.added"),
    PARTY_REVISED("party.revised"),
    PARTY_SIGNERS_NAMED("party.signers-named"),
    USER_CREATED("user.created"),
    USER_CHANGED("user.changed"),
    USER_DEACTIVATED("user.deactivated"),
    USER_REACTIVATED("user.reactivated"),
    USER_PASSWORD_RESET("user.password-reset"),
    USER_SIGNING_PARTIES_NAMED("user.signing-parties-named");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    /** The stored and hashed form, e.g. {@code agreement.signing-started}. */
    public String code() {
        return code;
    }

    public static AuditAction of(LifecycleAction action) {
        return switch (action) {
            case SUBMIT -> AGREEMENT_SUBMITTED;
            case APPROVE -> AGREEMENT_APPROVED;
            case RETURN -> AGREEMENT_RETURNED;
            case REJECT -> AGREEMENT_REJECTED;
            case REWORK -> AGREEMENT_REWORKED;
            case START_SIGNING -> AGREEMENT_SIGNING_STARTED;
            case COMPLETE_SIGNING -> AGREEMENT_SIGNED;
            case WITHDRAW -> AGREEMENT_WITHDRAWN;
        };
    }

    public static AuditAction fromCode(String code) {
        for (AuditAction action : values()) {
            if (action.code().equals(code)) {
                return action;
            }
        }
        throw new IllegalArgumentException("unknown audit action " + code);
    }
}
