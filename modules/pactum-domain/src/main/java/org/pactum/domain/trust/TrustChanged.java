package org.pactum.domain.trust;

import org.pactum.domain.audit.AuditAction;

/**
 * Published inside the transaction that changed what Pactum trusts, for the audit trail.
 *
 * @param action  {@link AuditAction#TRUST_ANCHOR_ADDED}, {@link AuditAction#TRUST_ANCHOR_REMOVED} or
 *                {@link AuditAction#REVOCATION_LIST_ADDED}
 * @param subject the anchor's subject, or the revocation list's issuer
 * @param sha256  the SHA-256 (hex) of the anchor's certificate, or of the revocation list
 * @param actor   who made the change
 */
public record TrustChanged(AuditAction action, String subject, String sha256, String actor) {
}
