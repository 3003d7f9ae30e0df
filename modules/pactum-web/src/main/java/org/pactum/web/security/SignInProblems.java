package org.pactum.web.security;

import org.pactum.web.problem.Problem;

/** How the API words a refused password check, wherever a password is checked, and a directory that did not answer. */
public final class SignInProblems {

    /** Seconds a client is asked to wait when every hashing slot is taken. */
    public static final long BUSY_RETRY_SECONDS = 2;
    /** Seconds a client is asked to wait when the directory did not answer. */
    public static final long DIRECTORY_RETRY_SECONDS = 30;

    private SignInProblems() {
    }

    /** 429: answer with {@code Retry-After: outcome.retryAfterSeconds()}. */
    public static Problem locked(SignInOutcome outcome) {
        return Problem.of("sign-in-locked", "Too many failed sign-ins", 429,
                "Too many wrong passwords for this username or from this address; try again in "
                        + outcome.retryAfterSeconds() + " seconds.");
    }

    /** 503: answer with {@code Retry-After: BUSY_RETRY_SECONDS}. */
    public static Problem busy() {
        return Problem.of("sign-in-busy", "Too many sign-ins at once",
                503, "Too many passwords are being checked at once; try again in a moment.");
    }

    /** 403: the caller signed in with a password an administrator set, and must change it first. */
    public static Problem passwordChangeRequired() {
        return Problem.of("password-change-required", "Password change required", 403,
                "An administrator set this account's password; change it with PUT /api/v1/me/password first.");
    }

    /** 503: answer with {@code Retry-After: DIRECTORY_RETRY_SECONDS}. */
    public static Problem directoryUnavailable() {
        return Problem.of("directory-unavailable", "Directory unavailable", 503,
                "The directory that checks this account's password did not answer; try again later.");
    }

    /**
     * 503: answer with {@code Retry-After: DIRECTORY_RETRY_SECONDS}. Creating a local account waits for the directory's
     * word that the name is not one of its people.
     */
    public static Problem directoryUnavailableForName() {
        return Problem.of("directory-unavailable", "Directory unavailable", 503,
                "The directory did not answer whether it knows this username, so no account was created: a local "
                        + "account of a name the directory knows would shut that person out. Try again later.");
    }

    /** 403: the directory accepted the password, but the person's groups give no role in Pactum. */
    public static Problem noRole() {
        return Problem.of("no-role", "No role in Pactum", 403,
                "The directory knows this account, but it is in none of the groups that give a role in Pactum;"
                        + " ask an administrator to add it to one.");
    }
}
