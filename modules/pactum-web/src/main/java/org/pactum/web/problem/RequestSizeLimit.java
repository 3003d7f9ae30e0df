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

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > MAX_BODY) {
            ProblemJson.write(response, Problem.of("payload-too-large", "Request too large", 413,
                    "The request body has " + request.getContentLengthLong() + " bytes; at most " + MAX_BODY
                            + " are accepted. An agreement's wording is limited to "
                            + org.pactum.domain.text.Wording.MAX_TOTAL_LENGTH + " characters in all.")
                    .at(request.getRequestURI()));
            return;
        }
        chain.doFilter(request, response);
    }
}
