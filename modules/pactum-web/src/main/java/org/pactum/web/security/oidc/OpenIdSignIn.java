package org.pactum.web.security.oidc;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.eclipse.microprofile.config.Config;
import org.pactum.domain.user.AccountKeeper;
import org.pactum.domain.user.Role;
import org.pactum.domain.user.UserAccount;
import org.pactum.domain.user.UserAccounts;
import org.pactum.web.security.directory.DirectoryAccounts;
import org.pactum.web.security.directory.DirectoryPerson;
import org.pactum.web.security.oidc.OidcRefusedException.Reason;

/**
 * OpenID Connect sign-in on the pages, as the settings {@code pactum.oidc.*} have it (read at start-up, so that a
 * malformed setting stops the deployment rather than the first sign-in); off without {@code pactum.oidc.issuer}.
 * {@link #START_PATH} sends the browser to the provider, {@link OidcSettings#CALLBACK_PATH} takes its answer; what a
 * person the provider vouches for becomes in Pactum follows directory sign-in's rules: one of Pactum's own password
 * accounts is never taken over, an account an administrator deactivated stays shut, the groups claim gives the roles
 * at every sign-in (none: refused), and the first sign-in makes an account marked as kept elsewhere
 * ({@link UserAccount#isFromDirectory()}: no password of its own, name and roles not Pactum's to change), audited
 * with {@code source: oidc}.
 */
@ApplicationScoped
public class OpenIdSignIn {

    private static final Logger LOG = Logger.getLogger(OpenIdSignIn.class.getName());
    /** The path under the application where the login page's button starts a sign-in. */
    public static final String START_PATH = "/oidc/start";
    /** Session attribute: the ID token of the session's sign-in through the provider, for signing out there. */
    static final String ID_TOKEN = "org.pactum.oidc.idToken";

    @Inject
    Config config;

    @Inject
    UserAccounts accounts;

    @Inject
    DirectoryAccounts keptAccounts;

    private Optional<OpenIdProvider> provider = Optional.empty();

    public OpenIdSignIn() {
    }

    /** Outside a container, e.g. in tests. */
    public OpenIdSignIn(Optional<OpenIdProvider> provider, UserAccounts accounts, DirectoryAccounts keptAccounts) {
        this.provider = provider;
        this.accounts = accounts;
        this.keptAccounts = keptAccounts;
    }

    @PostConstruct
    void read() {
        Optional<OidcSettings> settings = OidcSettings.read(name -> config.getOptionalValue(name, String.class));
        settings.ifPresent(found -> LOG.info(() -> "OpenID Connect sign-in: on, " + found));
        provider = settings.map(found -> new OpenIdProvider(found, Clock.systemUTC()));
    }

    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Observing is enough: the bean is made, and its settings read, as the application starts.
    }

    public boolean isOn() {
        return provider.isPresent();
    }

    /** The button's name for the provider, when the settings give one. */
    public Optional<String> findLabel() {
        return provider.flatMap(found -> found.settings().findLabel());
    }

    public boolean isStart(HttpServletRequest request) {
        return isOn() && START_PATH.equals(path(request));
    }

    public boolean isCallback(HttpServletRequest request) {
        return isOn() && OidcSettings.CALLBACK_PATH.equals(path(request));
    }

    /**
     * Begins a sign-in in the request's session: where to send the browser.
     *
     * @param next the page the person wanted, as the login page had it
     */
    public URI start(HttpServletRequest request, String next) throws OidcRefusedException {
        OpenIdProvider found = provider.orElseThrow();
        URI redirect = found.settings().findRedirectUri().orElseGet(() -> reached(request, OidcSettings.CALLBACK_PATH));
        OpenIdProvider.Start start = found.start(redirect, next);
        start.pending().keep(request.getSession(true));
        return start.authorization();
    }

    /** Who signed in, with the roles their groups give, and where they wanted to go. */
    public record SignedIn(String username, Set<String> groups, String next) {
    }

    /**
     * Takes the provider's answer to this session's pending sign-in (which it ends, whatever the outcome). The session
     * keeps the ID token of a sign-in that let the person in, for {@link #endSession} alone.
     */
    public SignedIn finish(HttpServletRequest request) throws OidcRefusedException {
        OidcPending pending = OidcPending.take(request.getSession(false)).orElse(null);
        String query = request.getQueryString();
        URI answer = URI.create(request.getRequestURL() + (query == null ? "" : "?" + query));
        OidcPerson person = provider.orElseThrow().finish(answer, pending);
        SignedIn signedIn = new SignedIn(person.username(), signedIn(person), pending.next());
        request.getSession().setAttribute(ID_TOKEN, person.idToken());
        return signedIn;
    }

    /** Where {@link #endSession} may send browsers, as an origin ({@code https://sso.example.org}); for the pages' policy. */
    public Optional<String> endSessionOrigin() {
        return provider.flatMap(OpenIdProvider::endSessionOrigin);
    }

    /**
     * Where to send the browser once Pactum's own session has ended, so that the provider ends the person's session
     * too: its end_session_endpoint, when this session signed in through it and the provider offers one. Empty for a
     * password or directory sign-in, and for a provider without the endpoint: signing out then ends Pactum's session
     * only. Ask before ending the session, which holds the ID token.
     */
    public Optional<URI> endSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (provider.isEmpty() || session == null || !(session.getAttribute(ID_TOKEN) instanceof String idToken)) {
            return Optional.empty();
        }
        OpenIdProvider found = provider.get();
        URI back = found.settings().findPostLogoutRedirectUri().orElseGet(() -> reached(request, OidcSettings.SIGNED_OUT_PATH));
        return found.endSession(idToken, back);
    }

    /** The address of {@code path} in this application on this server, as the browser reached it with the request. */
    private static URI reached(HttpServletRequest request, String path) {
        String address = request.getRequestURL().toString();
        return URI.create(address.substring(0, address.length() - request.getRequestURI().length())
                + request.getContextPath() + path);
    }

    /** The person's roles in Pactum as role names, their account made or brought in line. */
    Set<String> signedIn(OidcPerson person) throws OidcRefusedException {
        String username = person.username();
        if (!UserAccount.isWellFormedUsername(username)) {
            throw new OidcRefusedException(Reason.USERNAME, "the claim " + provider.orElseThrow().settings().usernameClaim()
                    + " of " + person.subject() + " is missing or cannot name a Pactum account");
        }
        Optional<UserAccount> account = accounts.find(username);
        if (account.isPresent() && !account.get().isFromDirectory()) {
            throw new OidcRefusedException(Reason.LOCAL_ACCOUNT, username + " is one of Pactum's own accounts");
        }
        if (account.isPresent() && !account.get().isEnabled()) {
            throw new OidcRefusedException(Reason.DEACTIVATED, username + " is deactivated in Pactum");
        }
        Set<Role> roles = provider.orElseThrow().settings().rolesOf(person.groups());
        if (roles.isEmpty()) {
            // The groups as the token had them: what an operator compares with pactum.oidc.role.<ROLE>.
            throw new OidcRefusedException(Reason.NO_ROLE, person.subject() + " (" + username
                    + ") is in none of the groups that give a role; the token's groups: " + person.groups());
        }
        DirectoryPerson kept = new DirectoryPerson(person.subject(), person.findDisplayName().orElse(username),
                person.email(), roles);
        return Set.copyOf(keptAccounts.signedIn(username, kept, AccountKeeper.SINGLE_SIGN_ON).roles().stream().map(Role::name).toList());
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
