package org.pactum.domain.error;

/** Root of every condition Pactum reports to a user; each subclass is one condition with its own problem type. */
public abstract class PactumException extends RuntimeException {

    protected PactumException(String message) {
        super(message);
    }

    /** A stable, documented slug for the problem type, e.g. {@code illegal-transition}. */
    public abstract String problemType();
}
