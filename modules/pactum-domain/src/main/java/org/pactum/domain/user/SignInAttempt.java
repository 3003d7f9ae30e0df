package org.pactum.domain.user;

import java.time.Instant;

/**
 * Someone tried to sign in, through the API (HTTP Basic) or the login page. Published so the audit trail can record
 * it; successful API sign-ins are published once per credential-cache period, not once per request. Wrong passwords
 * are counted by the sign-in throttle rather than published one by one: a successful sign-in carries how many came
 * before it, and a lock ({@link SignInLocked}) how many led to it.
 *
 * @param failuresBefore wrong passwords for this username since its count last started again (0 for a failure)
 * @param method         what vouched for the person: a password (Pactum's or the directory's), or an OpenID Connect
 *                       provider's ID token
 */
public record SignInAttempt(String username, boolean succeeded, Channel channel, String clientAddress, Instant at,
                            int failuresBefore, Method method) {

    public enum Channel { API, WEB }

    public enum Method { PASSWORD, OPENID_CONNECT }

    public SignInAttempt(String username, boolean succeeded, Channel channel, String clientAddress, Instant at,
                         int failuresBefore) {
        this(username, succeeded, channel, clientAddress, at, failuresBefore, Method.PASSWORD);
    }

    public SignInAttempt(String username, boolean succeeded, Channel channel, String clientAddress, Instant at) {
        this(username, succeeded, channel, clientAddress, at, 0);
    }
}
