package org.pactum.domain.signature;

import java.time.Instant;

import org.pactum.domain.error.PactumException;

/** A certificate in the signer's chain that its authority had revoked by the time of signing. */
public class RevokedCertificateException extends PactumException {

    private final String subject;
    private final Instant revokedAt;

    /** @param reason the CRL's reason, e.g. {@code KEY_COMPROMISE}, or null when the CRL gives none */
    public RevokedCertificateException(String subject, Instant revokedAt, String reason, Instant at) {
        super("The certificate of " + subject + " was revoked on " + CertificateDates.format(revokedAt)
                + (reason == null ? "" : " (" + reason + ")") + ", so it cannot sign on " + CertificateDates.format(at));
        this.subject = subject;
        this.revokedAt = revokedAt;
    }

    public String subject() {
        return subject;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    @Override
    public String problemType() {
        return "certificate-revoked";
    }
}
