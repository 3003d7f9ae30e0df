package org.pactum.domain.signature;

import org.pactum.domain.error.PactumException;

/** A CMS handed in that does not sign the expected document with the expected certificate. */
public class SignatureMismatchException extends PactumException {

    public SignatureMismatchException(String message) {
        super(message);
    }

    @Override
    public String problemType() {
        return "signature-mismatch";
    }
}
