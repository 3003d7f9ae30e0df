package org.pactum.web.problem;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses an API request whose declared body is larger than any legitimate one before anything reads it: the largest
 * wording the domain accepts ({@link org.pactum.domain.text.Wording#MAX_TOTAL_LENGTH} characters, two bytes each in
 * Cyrillic UTF-8) fits with room to spare, and a client sending more learns why in a problem document.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class RequestSizeLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Bytes. */
    static final long MAX_BODY = 4L * 1024 * 1024;
    /** Bytes: a 50 MiB PDF (pactum.verification.max-bytes) and the multipart envelope around it. */
    static final long VERIFICATION_BODY = 50L * 1024 * 1024 + 64 * 1024;
    /**
     * Bytes read and thrown away before answering, so an ordinary HTTP client, still sending, reads the answer instead
     * of a reset connection; beyond this the connection is simply closed.
     */
    static final long MAX_DRAINED = 32L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            drain(request);
            ProblemJson.write(response, Problem.of("payload-too-large", "Request too large", 413,
                    "The request body has " + request.getContentLengthLong() + " bytes; at most " + limit
                            + " are accepted. An agreement's wording is limited to "
                            + org.pactum.domain.text.Wording.MAX_TOTAL_LENGTH + " characters in all.")
                    .at(request.getRequestURI()));
            return;
        }
        chain.doFilter(request, response);
    }

    /** A PDF to verify may be far larger than any agreement's wording (verification checks its own limit too). */
    static long limitFor(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/verifications")
                ? VERIFICATION_BODY : MAX_BODY;
    }

    private static void drain(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_DRAINED) {
            return;
        }
        try (var body = request.getInputStream()) {
            body.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }
}
