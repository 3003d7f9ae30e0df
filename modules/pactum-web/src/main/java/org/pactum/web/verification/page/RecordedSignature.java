package org.pactum.web.verification.page;

/** A signature as the register recorded it for the agreement: party position, signer's account, certificate, time. */
public record RecordedSignature(int position, String signer, String certificateSubject, String signedAt, String level) {
}
