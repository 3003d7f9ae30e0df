package org.pactum.domain.signature;

import java.time.Instant;

import org.pactum.domain.error.PactumException;

/** A certificate that does not lead, through its chain, to any of the roots Pactum's administrators trust. */
public class UntrustedCertificateException extends PactumException {

    private final String subject;

    public UntrustedCertificateException(String subject, String issuer, Instant at) {
        super("The certificate of " + subject + " (issued by " + issuer + ") does not lead to any trusted root on "
                + CertificateDates.format(at) + "; an administrator must add its root to the trust anchors");
        this.subject = subject;
    }

    public String subject() {
        return subject;
    }

    @Override
    public String problemType() {
        return "certificate-untrusted";
    }
}
