package org.pactum.domain.signature;

import org.pactum.domain.error.PactumException;

/** The PIN typed does not open the key store. */
public class WrongPinException extends PactumException {

    public WrongPinException() {
        super("The PIN does not open the key store");
    }

    @Override
    public String problemType() {
        return "wrong-pin";
    }
}
