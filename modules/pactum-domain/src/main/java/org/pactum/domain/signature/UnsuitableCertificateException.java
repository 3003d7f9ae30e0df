package org.pactum.domain.signature;

import org.pactum.domain.error.PactumException;

/** A certificate that is not meant for signing documents: its key usage or role forbids it. */
public class UnsuitableCertificateException extends PactumException {

    private final String subject;

    /** @param why what makes it unsuitable, e.g. "its key usage allows neither digitalSignature nor nonRepudiation" */
    public UnsuitableCertificateException(String subject, String why) {
        super("The certificate of " + subject + " cannot sign documents: " + why);
        this.subject = subject;
    }

    public String subject() {
        return subject;
    }

    @Override
    public String problemType() {
        return "certificate-unsuitable";
    }
}
