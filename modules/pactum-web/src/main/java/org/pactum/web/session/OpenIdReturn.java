package org.pactum.web.session;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pactum.web.security.PactumAuthentication;

/**
 * Where the browser comes back from the OpenID Connect provider, once the authentication mechanism signed the person
 * in (it answers refusals and the start itself): a new session id, as after the login form, and on to the page the
 * person wanted. With OpenID Connect off, or reached without a sign-in, there is nothing here.
 */
@WebServlet(urlPatterns = {"/oidc/callback", "/oidc/start"})
public class OpenIdReturn extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null || !(request.getAttribute(PactumAuthentication.OIDC_NEXT) instanceof String next)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // An id planted before the sign-in (session fixation) becomes worthless.
        request.changeSessionId();
        response.sendRedirect(request.getContextPath() + ReturnPath.orDefault(next));
    }
}
