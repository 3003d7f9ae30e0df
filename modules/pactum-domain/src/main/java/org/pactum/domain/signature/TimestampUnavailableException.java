package org.pactum.domain.signature;

import org.pactum.domain.error.PactumException;

/**
 * The timestamp authority gave no usable timestamp (unreachable, too slow, refused, or a token that does not answer
 * the request), so a signature that needs one is not made.
 */
public class TimestampUnavailableException extends PactumException {

    public TimestampUnavailableException(String message) {
        super(message);
    }

    @Override
    public String problemType() {
        return "timestamp-unavailable";
    }
}
