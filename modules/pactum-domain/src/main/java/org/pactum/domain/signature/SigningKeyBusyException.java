package org.pactum.domain.signature;

import org.pactum.domain.error.PactumException;

/** A PIN for the server-held signing key came while another PIN for the same key was being tried. */
public final class SigningKeyBusyException extends PactumException {

    public SigningKeyBusyException() {
        super("Another signature with your signing key is being made; try again when it is done.");
    }

    @Override
    public String problemType() {
        return "signing-key-busy";
    }
}
