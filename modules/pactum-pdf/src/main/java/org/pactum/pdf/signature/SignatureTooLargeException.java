package org.pactum.pdf.signature;

import org.pactum.domain.error.PactumException;

/** A CMS that does not fit the hole reserved for it; the prepared revision stays as it was. */
public class SignatureTooLargeException extends PactumException {

    public SignatureTooLargeException(int size, int capacity) {
        super("The signature takes " + size + " bytes but only " + capacity + " were reserved for it");
    }

    @Override
    public String problemType() {
        return "signature-too-large";
    }
}
