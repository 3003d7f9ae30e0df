package org.pactum.domain.route;

import org.pactum.domain.error.PactumException;

/** The decision names a revision other than the one on the route: the text changed after the approver read it (409). */
public class StaleRevisionException extends PactumException {

    public StaleRevisionException(String message) {
        super(message);
    }

    @Override
    public String problemType() {
        return "stale-revision";
    }
}
