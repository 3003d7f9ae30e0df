package org.pactum.domain.user;

import java.time.Instant;

/** A person changed their own password, after giving the current one; published for the audit trail. */
public record PasswordChanged(String username, SignInAttempt.Channel channel, Instant at) {
}
