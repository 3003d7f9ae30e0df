package org.pactum.domain.signature;

import java.time.Duration;

import org.pactum.domain.error.PactumException;

/** The server-held signing key was to be opened while it is locked after too many wrong PINs. */
public final class SigningKeyLockedException extends PactumException {

    private final Duration retryAfter;

    public SigningKeyLockedException(Duration retryAfter) {
        super("Too many wrong PINs for your signing key; try again in " + seconds(retryAfter) + " seconds.");
        this.retryAfter = retryAfter;
    }

    @Override
    public String problemType() {
        return "signing-key-locked";
    }

    /** Retry-After in whole seconds, at least 1. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    /** Whole minutes until the key is heard again, rounded up. */
    public long retryAfterMinutes() {
        return (retryAfterSeconds() + 59) / 60;
    }

    private static long seconds(Duration wait) {
        return Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }
}
