package org.pactum.domain.user;

import java.time.Instant;

/**
 * A person changed their own password, after giving the current one; published for the audit trail.
 *
 * @param replacedTemporary whether the password replaced was one an administrator had set
 */
public record PasswordChanged(String username, SignInAttempt.Channel channel, Instant at, boolean replacedTemporary) {

    public PasswordChanged(String username, SignInAttempt.Channel channel, Instant at) {
        this(username, channel, at, false);
    }
}
