package org.pactum.web.security;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

import org.pactum.domain.user.SignInAttempt;
import org.pactum.domain.user.SignInLocked;
import org.pactum.web.problem.Problem;
import org.pactum.web.problem.ProblemJson;
import org.pactum.web.security.directory.DirectoryUnavailableException;
import org.pactum.web.security.oidc.OidcRefusedException;
import org.pactum.web.security.oidc.OpenIdSignIn;

/**
 * The application's one authentication mechanism (Jakarta Security 3 allows one per application), with two faces:
 * <ul>
 * <li>{@code /api/*} and {@code /metrics}: stateless HTTP Basic on every request; no session is created; 401 problem+json otherwise.</li>
 * <li>pages: the login form authenticates through {@code SecurityContext.authenticate}; the session then carries the
 * caller; a protected page without one redirects to the login page.</li>
 * </ul>
 * Both decide through one {@link SignInCheck}: throttled, hashed within bounds, cached for the API. A locked attempt is
 * answered 429 with {@code Retry-After} on the API, and the login page is told when to try again
 * ({@link #RETRY_AFTER}); a sign-in lock is announced once, when it starts ({@link SignInLocked}). When the directory
 * checks the password ({@link SignInPasswords}), a directory that does not answer is {@code 503 directory-unavailable}
 * and a person in none of its role groups {@code 403 no-role}, on the login page each with its own message.
 * <p>
 * With OpenID Connect on ({@link OpenIdSignIn}), the pages also sign in through the provider: {@code /oidc/start}
 * sends the browser there, {@code /oidc/callback} takes its answer and signs the person in as the login form does
 * (session registered, its lifetime started, audited naming the method); the callback's page then leads on
 * ({@link #OIDC_NEXT}). A refusal leads to the login page with its reason ({@link #OIDC_REFUSED}). The API keeps HTTP
 * Basic alone.
 */
@ApplicationScoped
public class PactumAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    /** Request attribute: the {@link SignInOutcome} of a refused login form, for the page to word. */
    public static final String RETRY_AFTER = "org.pactum.signIn.refused";
    /** Request attribute set when the login form could not be checked for lack of a hashing slot. */
    public static final String BUSY = "org.pactum.signIn.busy";
    /** Request attribute set when the login form could not be checked because the directory did not answer. */
    public static final String DIRECTORY_UNAVAILABLE = "org.pactum.signIn.directoryUnavailable";
    /** Request attribute set when the directory accepted the password but its groups give no role. */
    public static final String NO_ROLE = "org.pactum.signIn.noRole";
    /** Request attribute of an OpenID Connect sign-in: the page the person wanted, as the login page had it. */
    public static final String OIDC_NEXT = "org.pactum.signIn.oidcNext";
    /** Query parameter of the login page: why an OpenID Connect sign-in was refused ({@code Reason.code()}). */
    public static final String OIDC_REFUSED = "oidc-refused";
    static final String REALM = "Pactum";
    private static final Logger LOG = Logger.getLogger(PactumAuthentication.class.getName());

    @Inject
    SignInCheck check;

    @Inject
    SessionPolicy sessions;

    @Inject
    SignInAnnouncements announcements;

    @Inject
    OpenIdSignIn openId;

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
        SignInOutcome outcome;
        try {
            outcome = check.check(username, credential.get().getPassword().getValue(), request.getRemoteAddr());
        } catch (HashingBusyException busy) {
            response.setHeader("Retry-After", Long.toString(SignInProblems.BUSY_RETRY_SECONDS));
            ProblemJson.write(response, SignInProblems.busy().at(request.getRequestURI()));
            return AuthenticationStatus.SEND_FAILURE;
        } catch (DirectoryUnavailableException down) {
            response.setHeader("Retry-After", Long.toString(SignInProblems.DIRECTORY_RETRY_SECONDS));
            ProblemJson.write(response, SignInProblems.directoryUnavailable().at(request.getRequestURI()));
            return AuthenticationStatus.SEND_FAILURE;
        } catch (NoRoleException noRole) {
            ProblemJson.write(response, SignInProblems.noRole().at(request.getRequestURI()));
            return AuthenticationStatus.SEND_FAILURE;
        }
        announcements.announce(username, outcome, SignInAttempt.Channel.API, request.getRemoteAddr());
        return switch (outcome.kind()) {
            case VERIFIED, CACHED -> context.notifyContainerAboutLogin(username, outcome.groups());
            case WRONG -> unauthorized(request, response, "The username or password is not correct.");
            case LOCKED -> locked(request, response, outcome);
        };
    }

    private AuthenticationStatus form(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws IOException {
        if (openId.isStart(request)) {
            return openIdStart(request, response);
        }
        if (openId.isCallback(request)) {
            return openIdCallback(request, response, context);
        }
        if (context.isAuthenticationRequest()) {
            Credential credential = context.getAuthParameters().getCredential();
            if (!(credential instanceof UsernamePasswordCredential usernamePassword)) {
                return context.doNothing();
            }
            String username = usernamePassword.getCaller();
            SignInOutcome outcome;
            try {
                outcome = check.check(username, usernamePassword.getPassword().getValue(), request.getRemoteAddr());
            } catch (HashingBusyException busy) {
                request.setAttribute(BUSY, Boolean.TRUE);
                return AuthenticationStatus.SEND_FAILURE;
            } catch (DirectoryUnavailableException down) {
                request.setAttribute(DIRECTORY_UNAVAILABLE, Boolean.TRUE);
                return AuthenticationStatus.SEND_FAILURE;
            } catch (NoRoleException noRole) {
                request.setAttribute(NO_ROLE, Boolean.TRUE);
                return AuthenticationStatus.SEND_FAILURE;
            }
            announcements.announce(username, outcome, SignInAttempt.Channel.WEB, request.getRemoteAddr());
            if (!outcome.signedIn()) {
                if (outcome.kind() == SignInOutcome.Kind.LOCKED) {
                    request.setAttribute(RETRY_AFTER, outcome);
                }
                return AuthenticationStatus.SEND_FAILURE;
            }
            return signedInOnPage(request, context, username, outcome.groups());
        }
        Principal sessionCaller = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        // The caller as the session's attributes keep it: a session that moved from another node brings them along,
        // while the container there restores at most the principal, without its groups.
        Optional<SessionCaller> carried = SessionCaller.of(session);
        if (sessionCaller != null || carried.isPresent()) {
            String name = carried.map(SessionCaller::username).orElseGet(sessionCaller::getName);
            if (session == null || !sessions.ended(session, name)) {
                return carried.isPresent() ? context.notifyContainerAboutLogin(name, carried.get().groups())
                        : resume(context, sessionCaller);
            }
            // Past its lifetime, or the password changed elsewhere: this session signs in again.
            session.invalidate();
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

    private AuthenticationStatus signedInOnPage(HttpServletRequest request, HttpMessageContext context, String username,
                                                Set<String> groups) {
        // Remember the caller in the HTTP session: later requests arrive with the principal already set.
        context.setRegisterSession(username, groups);
        sessions.started(request.getSession());
        SessionCaller.keep(request.getSession(), username, groups);
        return context.notifyContainerAboutLogin(username, groups);
    }

    private AuthenticationStatus openIdStart(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            response.sendRedirect(openId.start(request, request.getParameter("next")).toString());
        } catch (OidcRefusedException refused) {
            return openIdRefused(request, response, refused);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus openIdCallback(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws IOException {
        OpenIdSignIn.SignedIn signedIn;
        try {
            signedIn = openId.finish(request);
        } catch (OidcRefusedException refused) {
            return openIdRefused(request, response, refused);
        }
        announcements.announceOpenId(signedIn.username(), request.getRemoteAddr());
        request.setAttribute(OIDC_NEXT, signedIn.next() == null ? "" : signedIn.next());
        return signedInOnPage(request, context, signedIn.username(), signedIn.groups());
    }

    /** One log line, and the login page with the reason; never an error page. */
    private static AuthenticationStatus openIdRefused(HttpServletRequest request, HttpServletResponse response,
                                                      OidcRefusedException refused) throws IOException {
        LOG.log(refused.reason() == OidcRefusedException.Reason.PROVIDER_UNAVAILABLE ? Level.WARNING : Level.INFO,
                "OpenID Connect sign-in refused: {0}", refused.getMessage());
        response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?" + OIDC_REFUSED + "=" + refused.reason().code());
        return AuthenticationStatus.SEND_CONTINUE;
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

    private static AuthenticationStatus locked(HttpServletRequest request, HttpServletResponse response,
                                               SignInOutcome outcome) throws IOException {
        response.setHeader("Retry-After", Long.toString(outcome.retryAfterSeconds()));
        ProblemJson.write(response, SignInProblems.locked(outcome).at(request.getRequestURI()));
        return AuthenticationStatus.SEND_FAILURE;
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
