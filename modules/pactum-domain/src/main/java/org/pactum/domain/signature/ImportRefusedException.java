package org.pactum.domain.signature;

import org.pactum.domain.error.PactumException;

/**
 * A PDF counter-signed elsewhere that Pactum will not take: it does not extend the agreement's signed document byte
 * for byte, adds other than exactly one signature over the whole file, or holds a signature that does not verify.
 */
public class ImportRefusedException extends PactumException {

    public ImportRefusedException(String message) {
        super(message);
    }

    @Override
    public String problemType() {
        return "import-refused";
    }
}
