package org.pactum.domain.signature;

import java.time.Instant;

import org.pactum.domain.error.PactumException;

/** A certificate in the signer's chain whose validity had ended at the time of signing. */
public class ExpiredCertificateException extends PactumException {

    private final String subject;
    private final Instant notAfter;

    public ExpiredCertificateException(String subject, Instant notAfter, Instant at) {
        super("The certificate of " + subject + " expired on " + CertificateDates.format(notAfter)
                + ", so it cannot sign on " + CertificateDates.format(at));
        this.subject = subject;
        this.notAfter = notAfter;
    }

    public String subject() {
        return subject;
    }

    public Instant notAfter() {
        return notAfter;
    }

    @Override
    public String problemType() {
        return "certificate-expired";
    }
}
