package org.pactum.web.security;

import java.io.IOException;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pactum.web.problem.ProblemJson;

/**
 * Someone signed in with a password an administrator set (and so knows) does nothing else before choosing their own:
 * pages lead to My profile, where the password form is, and the API answers 403 {@code password-change-required}
 * except to change the password and to say who the caller is. Error dispatches, stylesheets and the public pages pass.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class PasswordChangeFilter extends HttpFilter {

    /** Where the password is changed on a page; logging out posts its form to the page shown, so to this one too. */
    public static final String PROFILE_PAGE = "/account/profile.xhtml";

    private static final long serialVersionUID = 1L;

    /** What becomes of a request. */
    enum Verdict { PASS, TO_PROFILE, REFUSED }

    @Inject
    transient PasswordChangeRequirement requirement;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String username = request.getRemoteUser();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Verdict verdict = username == null ? Verdict.PASS
                : decide(request.getMethod(), path, () -> requirement.isRequired(username));
        switch (verdict) {
            case PASS -> chain.doFilter(request, response);
            case TO_PROFILE -> response.sendRedirect(request.getContextPath() + PROFILE_PAGE);
            case REFUSED -> {
                SecurityHeadersFilter.apply(request, response);
                ProblemJson.write(response, SignInProblems.passwordChangeRequired().at(request.getRequestURI()));
            }
        }
    }

    /** Whether a signed-in user's request passes, the flag asked only where it matters. */
    static Verdict decide(String method, String path, BooleanSupplier mustChangePassword) {
        if (exempt(method, path) || !mustChangePassword.getAsBoolean()) {
            return Verdict.PASS;
        }
        boolean api = ApiErrorPages.isApi(path) || path.equals("/metrics") || path.startsWith("/metrics/");
        return api ? Verdict.REFUSED : Verdict.TO_PROFILE;
    }

    private static boolean exempt(String method, String path) {
        return path.equals(PROFILE_PAGE) || path.equals(PactumAuthentication.LOGIN_PAGE)
                || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || path.startsWith("/public/") || path.equals("/favicon.ico")
                || "PUT".equals(method) && path.equals("/api/v1/me/password")
                || "GET".equals(method) && path.equals("/api/v1/me");
    }
}
