package org.pactum.domain.route;

import org.pactum.domain.error.PactumException;

/** The caller has already decided on this stage, or the stage or route is decided (409). */
public class AlreadyDecidedException extends PactumException {

    public AlreadyDecidedException(String message) {
        super(message);
    }

    @Override
    public String problemType() {
        return "already-decided";
    }
}
