package org.pactum.domain.route;

import org.pactum.domain.error.PactumException;

/** The route lets no one approve while comment threads on the agreement are open (409). */
public class OpenThreadsException extends PactumException {

    public OpenThreadsException(String message) {
        super(message);
    }

    @Override
    public String problemType() {
        return "open-threads";
    }
}
