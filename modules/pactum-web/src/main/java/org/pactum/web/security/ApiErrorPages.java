package org.pactum.web.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pactum.web.problem.ErrorMapper;
import org.pactum.web.problem.ProblemJson;

/**
 * What the servlet container answers itself for an API address — one JAX-RS never saw, such as {@code /api/x} or
 * {@code /API/v1/…} (addresses are case-sensitive), or a failure in a filter — is problem+json too, not the HTML
 * error page web.xml names for the pages. It sets the security headers itself: it ends the error dispatch, and
 * {@link SecurityHeadersFilter} might come after it.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class ApiErrorPages extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(uri instanceof String address) || !isApi(address.substring(Math.min(address.length(),
                request.getContextPath().length())))) {
            chain.doFilter(request, response);
            return;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : 500;
        SecurityHeadersFilter.apply(request, response);
        ProblemJson.write(response, ErrorMapper.httpProblem(status).at(address));
    }

    /** {@code /api} and below, in any case: {@code /API/v1} is an API client's typo, not a page. */
    static boolean isApi(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.equals("/api") || lower.startsWith("/api/") || lower.startsWith("/api;");
    }
}
