package org.pactum.domain.signature;

import org.pactum.domain.error.PactumException;

/** An external signature came back after its preparation expired, or for a preparation that does not exist. */
public class PreparationExpiredException extends PactumException {

    public PreparationExpiredException(String message) {
        super(message);
    }

    @Override
    public String problemType() {
        return "preparation-expired";
    }
}
