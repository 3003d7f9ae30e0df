package org.pactum.domain.signature;

import org.pactum.domain.error.PactumException;

/** The user is not among the signers of any party of the agreement still to sign, or of the party it is trying to sign for. */
public class NotEntitledToSignException extends PactumException {

    public NotEntitledToSignException(String message) {
        super(message);
    }

    @Override
    public String problemType() {
        return "not-entitled-to-sign";
    }
}
