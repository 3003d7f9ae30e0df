package org.pactum.web.security;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pactum.domain.user.SignInAttempt;
import org.pactum.web.problem.Problem;
import org.pactum.web.problem.ProblemJson;

/**
 * The application's one authentication mechanism (Jakarta Security 3 allows one per application), with two faces:
 * <ul>
 * <li>{@code /api/*} and {@code /metrics}: stateless HTTP Basic on every request; no session is created; 401 problem+json otherwise.</li>
 * <li>pages: the login form authenticates through {@code SecurityContext.authenticate}; the session then carries the
 * caller; a protected page without one redirects to the login page.</li>
 * </ul>
 */
@ApplicationScoped
public class PactumAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    static final String REALM = "Pactum";

    @Inject
    PactumIdentityStore identityStore;

    @Inject
    Event<SignInAttempt> signIns;

    @Inject
    @ConfigProperty(name = "pactum.security.credential-cache-seconds", defaultValue = "300")
    long cacheSeconds;

    private final Clock clock = Clock.systemUTC();
    private CredentialCache cache;

    @PostConstruct
    void createCache() {
        cache = new CredentialCache(Duration.ofSeconds(cacheSeconds), clock);
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        try {
            return isApi(request) ? basic(request, response, context) : form(request, response, context);
        } catch (IOException e) {
            throw new IllegalStateException("cannot answer the authentication request", e);
        }
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // /metrics too: monitoring signs in with HTTP Basic, as API clients do (web.xml grants it to ADMIN only).
        return path.equals("/api") || path.startsWith("/api/") || path.equals("/metrics") || path.startsWith("/metrics/");
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws IOException {
        Optional<UsernamePasswordCredential> credential = basicCredential(request.getHeader("Authorization"));
        if (credential.isEmpty()) {
            return unauthorized(request, response, "This API needs HTTP Basic credentials.");
        }
        String username = credential.get().getCaller();
        char[] password = credential.get().getPassword().getValue();
        Optional<Set<String>> cached = cache.groupsOf(username, password);
        if (cached.isPresent()) {
            return context.notifyContainerAboutLogin(username, cached.get());
        }
        CredentialValidationResult result = identityStore.validate(credential.get());
        publish(username, result, SignInAttempt.Channel.API, request);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            cache.forget(username);
            return unauthorized(request, response, "The username or password is not correct.");
        }
        cache.remember(username, password, result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus form(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws IOException {
        if (context.isAuthenticationRequest()) {
            Credential credential = context.getAuthParameters().getCredential();
            if (!(credential instanceof UsernamePasswordCredential usernamePassword)) {
                return context.doNothing();
            }
            CredentialValidationResult result = identityStore.validate(usernamePassword);
            publish(usernamePassword.getCaller(), result, SignInAttempt.Channel.WEB, request);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            // Remember the caller in the HTTP session: later requests arrive with the principal already set.
            context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
            return context.notifyContainerAboutLogin(result);
        }
        Principal sessionCaller = request.getUserPrincipal();
        if (sessionCaller != null) {
            return resume(context, sessionCaller);
        }
        if (context.isProtected()) {
            String target = request.getRequestURI().substring(request.getContextPath().length());
            String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(target + query, StandardCharsets.UTF_8));
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.doNothing();
    }

    /** Re-applies the caller the container restored from the session (what Soteria's AutoApplySession does). */
    private static AuthenticationStatus resume(HttpMessageContext context, Principal caller) {
        try {
            context.getHandler().handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), caller)});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new IllegalStateException("the container refused the session's caller", e);
        }
        return AuthenticationStatus.SUCCESS;
    }

    private AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response, String detail)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        ProblemJson.write(response, Problem.of("unauthenticated", "Authentication required", 401, detail)
                .at(request.getRequestURI()));
        return AuthenticationStatus.SEND_FAILURE;
    }

    private void publish(String username, CredentialValidationResult result, SignInAttempt.Channel channel,
                         HttpServletRequest request) {
        boolean valid = result.getStatus() == CredentialValidationResult.Status.VALID;
        signIns.fire(new SignInAttempt(username, valid, channel, request.getRemoteAddr(), clock.instant()));
    }

    static Optional<UsernamePasswordCredential> basicCredential(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        context.cleanClientSubject();
    }
}
