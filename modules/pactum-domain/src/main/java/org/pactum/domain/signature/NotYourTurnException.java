package org.pactum.domain.signature;

import org.pactum.domain.error.PactumException;

/** The user may sign for a party of the agreement, but another party signs first, or the party has signed already. */
public class NotYourTurnException extends PactumException {

    public NotYourTurnException(String message) {
        super(message);
    }

    @Override
    public String problemType() {
        return "not-your-turn";
    }
}
