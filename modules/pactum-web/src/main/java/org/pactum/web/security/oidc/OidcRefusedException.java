package org.pactum.web.security.oidc;

/**
 * An OpenID Connect sign-in that did not let the person in; the login page words each {@link Reason} (never a stack
 * trace), the log gets the detail.
 */
public class OidcRefusedException extends Exception {

    public enum Reason {
        /** The provider did not answer, or not in time: discovery, keys or the token request. */
        PROVIDER_UNAVAILABLE("provider-unavailable"),
        /** No sign-in of this browser waits for this answer: a state that differs, is gone, was used or is too old. */
        STATE("state"),
        /** The person declined, or the provider refused them ({@code error=access_denied}). */
        DENIED("denied"),
        /** The provider answered with another error, or refused to exchange the code. */
        PROVIDER_ERROR("provider-error"),
        /** The ID token failed a check: signature, issuer, audience, expiry or nonce. */
        TOKEN("token"),
        /** The token names nobody Pactum could make an account for (the username claim missing or malformed). */
        USERNAME("username"),
        /** The username is one of Pactum's own accounts, which the provider does not take over. */
        LOCAL_ACCOUNT("local-account"),
        /** An administrator deactivated the person's account in Pactum. */
        DEACTIVATED("deactivated"),
        /** The provider vouches for the person, but none of their groups gives a role in Pactum. */
        NO_ROLE("no-role");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        /** The word in the login page's address and in its message keys ({@code login.oidc.<code>}). */
        public String code() {
            return code;
        }

        public static java.util.Optional<Reason> ofCode(String code) {
            return java.util.Arrays.stream(values()).filter(reason -> reason.code.equals(code)).findFirst();
        }
    }

    private final Reason reason;

    public OidcRefusedException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public OidcRefusedException(Reason reason, String detail, Throwable cause) {
        super(reason.code() + ": " + detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
