package org.pactum.web.verification.page;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A PDF too large to verify, sent to a verification page, is answered with the page again saying so, rather than the
 * error page the servlet container's multipart limit (web.xml) would lead to: the body is read and dropped, and the
 * browser is sent back to the page it came from with {@code tooLarge=true}. Beyond {@link #MAX_DRAINED} the connection
 * is simply closed.
 */
@WebFilter(urlPatterns = {"/verification/*", "/public/*"})
public class UploadSizeLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Bytes: a 50 MiB PDF (pactum.verification.max-bytes) and the form around it. */
    static final long MAX_BODY = 50L * 1024 * 1024 + 64 * 1024;
    static final long MAX_DRAINED = 256L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod()) || request.getContentLengthLong() <= MAX_BODY) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() <= MAX_DRAINED) {
            try (var body = request.getInputStream()) {
                body.transferTo(OutputStream.nullOutputStream());
            }
        }
        response.sendRedirect(back(request));
    }

    /** The page the form was on (its address has the parameters the form's own address lacks), else the one posted to. */
    static String back(HttpServletRequest request) {
        String page = request.getRequestURI();
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI from = URI.create(referer);
                String path = from.getRawPath();
                if (path != null && path.equals(page)) {
                    page = path + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
                }
            } catch (IllegalArgumentException notAnAddress) {
                // The page posted to, then.
            }
        }
        return page + (page.contains("?") ? "&" : "?") + "tooLarge=true";
    }
}
