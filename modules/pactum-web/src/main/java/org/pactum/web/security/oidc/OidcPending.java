package org.pactum.web.security.oidc;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

/**
 * A sign-in this browser started and the provider has yet to answer: the secrets that bind the answer to it (state,
 * nonce, PKCE verifier), the redirect address the code is bound to, and the page the person wanted. Kept in the
 * session as plain strings, so it travels to another node of the cluster as the session does; taken out at the
 * first answer, so an answer replayed finds nothing.
 *
 * @param next the page asked for before signing in, as the login page got it (checked when followed)
 */
public record OidcPending(String state, String nonce, String codeVerifier, URI redirectUri, String next,
                          Instant startedAt) {

    private static final String PREFIX = "org.pactum.oidc.pending.";
    private static final String[] NAMES = {"state", "nonce", "verifier", "redirect", "next", "startedAt"};

    void keep(HttpSession session) {
        String[] values = {state, nonce, codeVerifier, redirectUri.toString(), next == null ? "" : next,
                startedAt.toString()};
        for (int i = 0; i < NAMES.length; i++) {
            session.setAttribute(PREFIX + NAMES[i], values[i]);
        }
    }

    /** The pending sign-in of the session, removed from it; empty when there is none. */
    static Optional<OidcPending> take(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        String[] values = new String[NAMES.length];
        for (int i = 0; i < NAMES.length; i++) {
            values[i] = session.getAttribute(PREFIX + NAMES[i]) instanceof String value ? value : null;
            session.removeAttribute(PREFIX + NAMES[i]);
        }
        if (java.util.Arrays.asList(values).contains(null)) {
            return Optional.empty();
        }
        return Optional.of(new OidcPending(values[0], values[1], values[2], URI.create(values[3]),
                values[4].isEmpty() ? null : values[4], Instant.parse(values[5])));
    }
}
