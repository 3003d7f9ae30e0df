package org.pactum.domain.signature;

import java.time.Instant;

import org.pactum.domain.error.PactumException;

/** A certificate in the signer's chain whose validity had not begun at the time of signing. */
public class NotYetValidCertificateException extends PactumException {

    private final String subject;
    private final Instant notBefore;

    public NotYetValidCertificateException(String subject, Instant notBefore, Instant at) {
        super("The certificate of " + subject + " is valid only from " + CertificateDates.format(notBefore)
                + ", so it cannot sign on " + CertificateDates.format(at));
        this.subject = subject;
        this.notBefore = notBefore;
    }

    public String subject() {
        return subject;
    }

    public Instant notBefore() {
        return notBefore;
    }

    @Override
    public String problemType() {
        return "certificate-not-yet-valid";
    }
}
