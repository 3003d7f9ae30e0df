package org.pactum.web.session;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pactum.web.faces.PageMessages;
import org.pactum.web.security.PactumAuthentication;
import org.pactum.web.security.SignInOutcome;
import org.pactum.web.security.oidc.OidcRefusedException;
import org.pactum.web.security.oidc.OpenIdSignIn;

/**
 * The login form. It hands the credentials to the application's authentication mechanism and, on success, continues
 * to the page the user originally asked for. A failure never says whether the username or the password was wrong;
 * after too many, the page says in how many minutes to try again. With OpenID Connect on it also offers the
 * provider's button, and says why a sign-in through it was refused.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;

    @Inject
    OpenIdSignIn openId;

    private String username;
    private String password;
    private String next;
    private String openIdRefused;

    /** Someone already signed in has nothing to do here. */
    public void skipIfSignedIn() throws IOException {
        if (security.getCallerPrincipal() != null) {
            continueTo(ReturnPath.orDefault(next));
        }
    }

    /** Why the organisation's provider did not sign the person in, as the mechanism sent them back here. */
    public void sayWhyOpenIdRefused() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            OidcRefusedException.Reason.ofCode(openIdRefused)
                    .ifPresent(reason -> PageMessages.error("login.oidc." + reason.code()));
        }
    }

    public boolean isOpenIdOn() {
        return openId.isOn();
    }

    /** The provider's name on the button as the settings give it; null: the pages' own word. */
    public String getOpenIdLabel() {
        return openId.findLabel().orElse(null);
    }

    public String getOpenIdRefused() {
        return openIdRefused;
    }

    public void setOpenIdRefused(String openIdRefused) {
        this.openIdRefused = openIdRefused;
    }

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(true));
        password = null;
        switch (status) {
            case SUCCESS -> {
                // A new session id after login: an id planted before login (session fixation) becomes worthless.
                request.changeSessionId();
                continueTo(ReturnPath.orDefault(next));
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> refused(request);
        }
    }

    private static void refused(HttpServletRequest request) {
        if (request.getAttribute(PactumAuthentication.RETRY_AFTER) instanceof SignInOutcome locked) {
            PageMessages.error("login.locked", locked.retryAfterMinutes());
        } else if (request.getAttribute(PactumAuthentication.BUSY) != null) {
            PageMessages.error("login.busy");
        } else if (request.getAttribute(PactumAuthentication.DIRECTORY_UNAVAILABLE) != null) {
            PageMessages.error("login.directory-unavailable");
        } else if (request.getAttribute(PactumAuthentication.NO_ROLE) != null) {
            PageMessages.error("login.no-role");
        } else {
            PageMessages.error("login.failed");
        }
    }

    private static void continueTo(String path) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + path);
        faces.responseComplete();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
