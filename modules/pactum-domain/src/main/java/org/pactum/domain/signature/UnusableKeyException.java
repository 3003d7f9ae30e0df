package org.pactum.domain.signature;

import org.pactum.domain.error.PactumException;

/** A key or key store that cannot sign: unreadable, without a private key and certificate, or of a kind not allowed. */
public class UnusableKeyException extends PactumException {

    public UnusableKeyException(String message) {
        super(message);
    }

    @Override
    public String problemType() {
        return "unusable-key";
    }
}
