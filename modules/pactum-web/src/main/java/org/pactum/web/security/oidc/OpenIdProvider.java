package org.pactum.web.security.oidc;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;

import org.pactum.web.security.oidc.OidcRefusedException.Reason;

/**
 * Pactum as a confidential client of one OpenID Connect provider, authorization code flow. Everything the protocol
 * asks is the Nimbus SDK's: discovery (the issuer in the document must be the one configured), the authorization
 * request with state, nonce and a PKCE S256 challenge, the token request (client secret over HTTP Basic, the code and
 * its verifier), and the ID token's validation against the provider's JWKS (RS256 signature, issuer, audience, expiry
 * and issue time within a minute's skew, nonce). The provider's metadata and validator are made at the first sign-in
 * and kept; a provider that is down then is asked again at the next. The keys are refetched when a token names a key
 * the cached set lacks (the provider rotated them).
 */
public final class OpenIdProvider {

    private static final Logger LOG = Logger.getLogger(OpenIdProvider.class.getName());
    /** How long a browser may take at the provider before the answer is no longer waited for. */
    static final Duration PATIENCE = Duration.ofMinutes(10);

    private final OidcSettings settings;
    private final Clock clock;
    private volatile Known known;

    /** The provider as discovery described it, and the validator of its ID tokens. */
    private record Known(OIDCProviderMetadata metadata, IDTokenValidator validator) {
    }

    public OpenIdProvider(OidcSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public OidcSettings settings() {
        return settings;
    }

    /** Where to send the browser to sign in, and what to keep until it comes back. */
    public record Start(URI authorization, OidcPending pending) {
    }

    /** @throws OidcRefusedException {@link Reason#PROVIDER_UNAVAILABLE} when discovery fails */
    public Start start(URI redirectUri, String next) throws OidcRefusedException {
        Known provider = known();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        AuthenticationRequest request = new AuthenticationRequest.Builder(ResponseType.CODE,
                new Scope("openid", "profile", "email"), new ClientID(settings.clientId()), redirectUri)
                .endpointURI(provider.metadata().getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build();
        return new Start(request.toURI(), new OidcPending(state.getValue(), nonce.getValue(), verifier.getValue(),
                redirectUri, next, clock.instant()));
    }

    /**
     * The person the provider's answer names, when the answer belongs to the pending sign-in and its ID token passes
     * every check.
     *
     * @param answer  the address the provider sent the browser back to, with its query
     * @param pending the sign-in the session waits for; null when none
     */
    public OidcPerson finish(URI answer, OidcPending pending) throws OidcRefusedException {
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(answer);
        } catch (ParseException e) {
            throw new OidcRefusedException(Reason.PROVIDER_ERROR, "the provider's answer cannot be read: " + e.getMessage(), e);
        }
        if (pending == null || !clock.instant().isBefore(pending.startedAt().plus(PATIENCE))) {
            throw new OidcRefusedException(Reason.STATE, pending == null
                    ? "no sign-in of this session waits for an answer (replayed, or started elsewhere)"
                    : "the sign-in was started more than " + PATIENCE.toMinutes() + " minutes ago");
        }
        if (response.getState() == null || !Objects.equals(response.getState().getValue(), pending.state())) {
            throw new OidcRefusedException(Reason.STATE, "the answer's state is not the one this session sent");
        }
        Known provider = known();
        // RFC 9207: an answer that names its issuer must name ours (a provider mix-up otherwise).
        if (response.getIssuer() != null && !response.getIssuer().equals(provider.metadata().getIssuer())) {
            throw new OidcRefusedException(Reason.PROVIDER_ERROR, "the answer comes from the issuer " + response.getIssuer());
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            throw new OidcRefusedException(OAuth2Error.ACCESS_DENIED.equals(error) ? Reason.DENIED : Reason.PROVIDER_ERROR,
                    "the provider answered " + error.getCode() + " " + Objects.toString(error.getDescription(), ""));
        }
        AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
        if (code == null) {
            throw new OidcRefusedException(Reason.PROVIDER_ERROR, "the provider's answer has no code");
        }
        JWT idToken = exchange(provider, code, pending);
        IDTokenClaimsSet claims;
        try {
            claims = provider.validator().validate(idToken, new Nonce(pending.nonce()));
        } catch (KeySourceException e) {
            throw unavailable("its keys (JWKS) could not be fetched", e);
        } catch (BadJOSEException | JOSEException e) {
            throw new OidcRefusedException(Reason.TOKEN, "the ID token was refused: " + e.getMessage(), e);
        }
        return person(claims, idToken.serialize());
    }

    /**
     * Where to send the browser so that the provider ends its session too (OpenID Connect RP-Initiated Logout 1.0):
     * its {@code end_session_endpoint} with the person's ID token as {@code id_token_hint}, Pactum's client id and
     * where to come back. Empty when the provider's discovery document offers no such endpoint, or the provider cannot
     * be asked for it now (signing out of Pactum must not wait on it: its session ends all the same).
     *
     * @param idToken            the ID token of the person's sign-in, as the provider signed it
     * @param postLogoutRedirect where the provider is to send the browser afterwards; registered with it
     */
    public Optional<URI> endSession(String idToken, URI postLogoutRedirect) {
        URI endpoint;
        try {
            endpoint = known().metadata().getEndSessionEndpointURI();
        } catch (OidcRefusedException unavailable) {
            LOG.warning(() -> "OpenID Connect: signed out of Pactum only, " + unavailable.getMessage());
            return Optional.empty();
        }
        if (endpoint == null) {
            return Optional.empty();
        }
        JWT hint;
        try {
            hint = JWTParser.parse(idToken);
        } catch (java.text.ParseException e) {
            LOG.warning(() -> "OpenID Connect: signed out of Pactum only, the session's ID token cannot be read");
            return Optional.empty();
        }
        return Optional.of(new LogoutRequest(endpoint, hint, null, new ClientID(settings.clientId()), postLogoutRedirect,
                null, null).toURI());
    }

    /**
     * The origin (scheme, host and port) of where {@link #endSession} sends browsers: the end_session_endpoint's once
     * discovery named it, the issuer's before the first discovery; empty when discovery named none.
     */
    public Optional<String> endSessionOrigin() {
        Known found = known;
        URI target = found == null ? settings.issuer() : found.metadata().getEndSessionEndpointURI();
        return Optional.ofNullable(target).map(uri -> uri.getScheme() + "://" + uri.getRawAuthority());
    }

    private JWT exchange(Known provider, AuthorizationCode code, OidcPending pending) throws OidcRefusedException {
        TokenRequest request = new TokenRequest(provider.metadata().getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(settings.clientId()), new Secret(settings.clientSecret())),
                new AuthorizationCodeGrant(code, pending.redirectUri(), new CodeVerifier(pending.codeVerifier())));
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(timed(request.toHTTPRequest()).send());
        } catch (IOException e) {
            throw unavailable("its token endpoint did not answer", e);
        } catch (ParseException e) {
            throw new OidcRefusedException(Reason.PROVIDER_ERROR, "its token answer cannot be read: " + e.getMessage(), e);
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            throw new OidcRefusedException(Reason.PROVIDER_ERROR, "the token endpoint refused the code: "
                    + error.getHTTPStatusCode() + " " + error.getCode() + " " + Objects.toString(error.getDescription(), ""));
        }
        JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
        if (idToken == null) {
            throw new OidcRefusedException(Reason.TOKEN, "the token answer has no ID token");
        }
        return idToken;
    }

    private OidcPerson person(IDTokenClaimsSet claims, String idToken) {
        String name = claims.getStringClaim("name");
        if (name == null || name.isBlank()) {
            String given = Objects.toString(claims.getStringClaim("given_name"), "");
            String family = Objects.toString(claims.getStringClaim("family_name"), "");
            name = (given + " " + family).strip();
        }
        Boolean verified = claims.getBooleanClaim("email_verified");
        String email = Boolean.FALSE.equals(verified) ? null : claims.getStringClaim("email");
        Object username = claims.getClaim(settings.usernameClaim());
        return new OidcPerson(claims.getSubject().getValue(), username instanceof String text ? text : null,
                name.isBlank() ? null : name, email, groups(claims.getClaim(settings.groupsClaim())), idToken);
    }

    private static List<String> groups(Object claim) {
        if (claim instanceof String single) {
            return List.of(single);
        }
        if (claim instanceof Collection<?> many) {
            return many.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }

    private Known known() throws OidcRefusedException {
        Known found = known;
        if (found != null) {
            return found;
        }
        synchronized (this) {
            if (known == null) {
                known = discover();
            }
            return known;
        }
    }

    private Known discover() throws OidcRefusedException {
        OIDCProviderMetadata metadata;
        try {
            metadata = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), this::timed);
        } catch (IOException | GeneralException e) {
            throw unavailable("its discovery document could not be read", e);
        }
        int connect = Math.toIntExact(settings.connectTimeout().toMillis());
        int read = Math.toIntExact(settings.readTimeout().toMillis());
        IDTokenValidator validator;
        try {
            validator = new IDTokenValidator(metadata.getIssuer(), new ClientID(settings.clientId()), JWSAlgorithm.RS256,
                    metadata.getJWKSetURI().toURL(), new DefaultResourceRetriever(connect, read, 512 * 1024));
        } catch (java.net.MalformedURLException | RuntimeException e) {
            throw new OidcRefusedException(Reason.PROVIDER_ERROR, "its discovery document names no usable jwks_uri", e);
        }
        LOG.info(() -> "OpenID Connect: " + metadata.getIssuer() + " discovered");
        return new Known(metadata, validator);
    }

    private HTTPRequest timed(HTTPRequest request) {
        request.setConnectTimeout(Math.toIntExact(settings.connectTimeout().toMillis()));
        request.setReadTimeout(Math.toIntExact(settings.readTimeout().toMillis()));
        return request;
    }

    private OidcRefusedException unavailable(String what, Exception cause) {
        return new OidcRefusedException(Reason.PROVIDER_UNAVAILABLE, "the provider " + settings.issuer() + ": " + what
                + " (" + cause.getMessage() + ")", cause);
    }
}
