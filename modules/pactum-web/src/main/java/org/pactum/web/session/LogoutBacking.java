package org.pactum.web.session;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.pactum.web.security.oidc.OpenIdSignIn;

/**
 * Signing out: a POST (a link could be triggered by any page), ending the caller and the whole session. Someone who
 * signed in through the OpenID Connect provider is then sent to its end_session_endpoint, when it has one, to end
 * their session there too; everyone else, and they when it has none, to the login page.
 */
@Named
@RequestScoped
public class LogoutBacking {

    @Inject
    OpenIdSignIn openId;

    public void signOut() throws ServletException, IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // Asked while the session still holds the ID token; Pactum's session ends before the browser leaves.
        Optional<URI> atProvider = openId.endSession(request);
        request.logout();
        external.invalidateSession();
        external.redirect(atProvider.map(URI::toString).orElse(external.getRequestContextPath() + "/login.xhtml"));
        faces.responseComplete();
    }
}
