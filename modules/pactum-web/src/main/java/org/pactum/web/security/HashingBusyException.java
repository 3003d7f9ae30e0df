package org.pactum.web.security;

/** Every password-hashing slot stayed taken for longer than a request waits: the caller should try again shortly. */
public final class HashingBusyException extends RuntimeException {

    public HashingBusyException() {
        super("Too many password checks at once; try again in a moment.", null, false, false);
    }
}
