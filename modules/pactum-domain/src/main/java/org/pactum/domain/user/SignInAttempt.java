package org.pactum.domain.user;

import java.time.Instant;

/**
 * Someone tried to sign in, through the API (HTTP Basic) or the login page. Published so the audit trail can record
 * it; successful API sign-ins are published once per credential-cache period, not once per request.
 */
public record SignInAttempt(String username, boolean succeeded, Channel channel, String clientAddress, Instant at) {

    public enum Channel { API, WEB }
}
