package org.pactum.domain.route;

import org.pactum.domain.error.PactumException;

/** The agreement is not waiting for a decision on a route (409). */
public class NotOnRouteException extends PactumException {

    public NotOnRouteException(String message) {
        super(message);
    }

    @Override
    public String problemType() {
        return "not-on-route";
    }
}
