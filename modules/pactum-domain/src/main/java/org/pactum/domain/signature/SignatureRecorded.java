package org.pactum.domain.signature;

/**
 * Fired by signing inside the transaction that keeps a signature, after it is written, so the audit trail records it
 * together with the signature or not at all.
 *
 * @param agreementVersion the agreement's version the signature was made on (the status it moves to comes after)
 * @param contentHash      the content hash of the approved revision that was signed
 */
public record SignatureRecorded(Signature signature, String agreementNumber, long agreementVersion, String contentHash,
                                String actor) {
}
