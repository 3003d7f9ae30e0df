package org.pactum.domain.verification;

/** Fired when a document was verified, inside the transaction that keeps the report, for the audit trail. */
public record DocumentVerified(String reportId, String documentSha256, String indication, Long agreementId,
                               String actor) {
}
