package org.pactum.domain.route;

import org.pactum.domain.error.PactumException;

/** The caller may not decide here: they are not asked at this stage, or they wrote the draft (403). */
public class NotEntitledToDecideException extends PactumException {

    public NotEntitledToDecideException(String message) {
        super(message);
    }

    @Override
    public String problemType() {
        return "not-entitled-to-decide";
    }
}
