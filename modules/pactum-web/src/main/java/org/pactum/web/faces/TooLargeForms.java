package org.pactum.web.faces;

import java.io.IOException;
import java.util.logging.Logger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A form post to a page larger than the servlet container takes — a urlencoded form over its maximum post size, a
 * multipart upload over web.xml's {@code max-request-size}, declared or chunked: the container refuses it while
 * reading, and the page would fail with a 500 and a stack trace in the log. It is a client's error: 413 with the
 * error page, and one line in the log.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class TooLargeForms extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(TooLargeForms.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!isTooLarge(e) || response.isCommitted()) {
                throw e;
            }
            LOG.info(() -> "Refused a form of " + request.getRequestURI() + " from " + request.getRemoteAddr()
                    + ": its body is larger than the server takes");
            response.setHeader("Connection", "close");
            response.sendError(413);
        }
    }

    /**
     * The container's own refusals, by their marks: Grizzly's "Post too large" for a form, Catalina's
     * {@code SizeException} for a multipart upload (neither is in the Jakarta EE API).
     */
    static boolean isTooLarge(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (cause.getClass().getName().endsWith(".SizeException") || message.contains("Post too large")) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (suppressed.getClass().getName().endsWith(".SizeException")) {
                    return true;
                }
            }
        }
        return false;
    }
}
