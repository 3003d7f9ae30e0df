package org.pactum.web.security;

import java.io.IOException;
import java.util.Set;
import java.util.function.BiConsumer;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pactum.web.security.oidc.OpenIdSignIn;

/**
 * Browser protections on every response. The content security policy allows nothing inline and nothing from other
 * hosts, so injected markup cannot run script or load anything even if escaping ever failed; the pages are written
 * for it (stylesheet file, no inline script or style, no links that post through JavaScript).
 * No page may be framed, except what the editor's preview frame shows — and that only by Pactum's own pages.
 * With OpenID Connect on, forms may also lead to the provider: signing out is a form whose answer redirects there
 * (RP-Initiated Logout), and browsers hold a form's redirects to {@code form-action} too (Chromium stayed on the page
 * against a real Keycloak).
 */
// Error pages too: the container's own 404 (an address under WEB-INF, say) never passed a request filter.
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = policy("'self'") + "frame-ancestors 'none'";

    /** For answers shown in the editor's preview frame: the same policy, but Pactum's own pages may frame them. */
    static final String FRAMED_CONTENT_SECURITY_POLICY = policy("'self'") + "frame-ancestors 'self'";

    /** Pages made to be shown in the editor's preview frame, by address; answers to a post allow it themselves. */
    private static final Set<String> FRAMED_PAGES = Set.of("/drafting/draft-preview.xhtml");

    @Inject
    transient OpenIdSignIn openId;

    private static String policy(String formAction) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action " + formAction
                + "; frame-src 'self'; base-uri 'self'; object-src 'none'; ";
    }

    /** The policy of a page whose forms may also lead to this origin: the provider's, for signing out there. */
    static String allowingFormsTo(String origin) {
        return policy("'self' " + origin) + "frame-ancestors 'none'";
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        if (openId != null && !FRAMED_PAGES.contains(request.getServletPath())) {
            openId.endSessionOrigin().ifPresent(origin -> response.setHeader("Content-Security-Policy",
                    allowingFormsTo(origin)));
        }
        chain.doFilter(request, response);
    }

    /**
     * Sets the headers on an answer. Public for what answers before any filter runs: the authentication mechanism's
     * redirect to the login page and its 401.
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        if (FRAMED_PAGES.contains(request.getServletPath())) {
            allowSameOriginFraming(response::setHeader);
        } else {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("X-Frame-Options", "DENY");
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            // Pages and API answers carry personal and unsigned data: no copy in the browser's or a proxy's cache,
            // so Back after signing out shows nothing.
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** Replaces the headers that forbid framing with ones that allow it to Pactum's own pages only. */
    public static void allowSameOriginFraming(BiConsumer<String, String> header) {
        header.accept("Content-Security-Policy", FRAMED_CONTENT_SECURITY_POLICY);
        header.accept("X-Frame-Options", "SAMEORIGIN");
    }
}
