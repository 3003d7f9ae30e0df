package org.pactum.domain.error;

/** The caller changed an aggregate on the basis of a version that someone else has replaced meanwhile. */
public class StaleVersionException extends PactumException {

    private final long expected;
    private final long actual;

    public StaleVersionException(String subject, long expected, long actual) {
        super(subject + " was changed by someone else: you edited version " + expected + ", the current version is " + actual);
        this.expected = expected;
        this.actual = actual;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }

    @Override
    public String problemType() {
        return "stale-version";
    }
}
