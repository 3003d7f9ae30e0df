package org.pactum.domain.signature;

import org.pactum.domain.error.PactumException;

/** The agreement is not awaiting signatures: not yet approved, already signed by every party, or ended. */
public class NotSignableException extends PactumException {

    public NotSignableException(String message) {
        super(message);
    }

    @Override
    public String problemType() {
        return "not-signable";
    }
}
