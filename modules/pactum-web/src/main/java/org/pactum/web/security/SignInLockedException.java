package org.pactum.web.security;

/** A password was to be checked while sign-ins as its username or from its address are locked. */
public final class SignInLockedException extends RuntimeException {

    private final transient SignInOutcome outcome;

    public SignInLockedException(SignInOutcome outcome) {
        super("Too many wrong passwords; try again in " + outcome.retryAfterSeconds() + " seconds.", null, false, false);
        this.outcome = outcome;
    }

    public SignInOutcome outcome() {
        return outcome;
    }
}
