package org.pactum.domain.signature;

import org.pactum.domain.error.PactumException;

/** The server holds no key for the user, so the signature needs an uploaded key store or an external tool. */
public class NoServerHeldKeyException extends PactumException {

    public NoServerHeldKeyException(String message) {
        super(message);
    }

    @Override
    public String problemType() {
        return "no-server-held-key";
    }
}
