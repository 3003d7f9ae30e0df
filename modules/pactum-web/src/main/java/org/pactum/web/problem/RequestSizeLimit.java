package org.pactum.web.problem;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.ConfigProvider;
import org.pactum.domain.text.Wording;

/**
 * Refuses an API request whose body is larger than any legitimate one, whatever its framing and content type: a
 * declared {@code Content-Length} over the limit is refused before anything reads the body; any other body (chunked)
 * is counted as it is read, and the read that passes the limit fails, so nothing buffers more than the limit. Either
 * way the answer is 413 problem+json and the connection is closed, so the rest of the body is never read.
 * The largest wording the domain accepts ({@link Wording#MAX_TOTAL_LENGTH} characters, two bytes each in Cyrillic
 * UTF-8) fits with room to spare; a PDF to verify has a larger limit of its own.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class RequestSizeLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Bytes, unless {@code pactum.api.max-body-bytes} says otherwise. */
    static final long MAX_BODY = 4L * 1024 * 1024;
    /** Bytes: the multipart envelope around a PDF to verify ({@code pactum.verification.max-bytes}). */
    static final long ENVELOPE = 64 * 1024;
    /** Bytes: a 50 MiB PDF (pactum.verification.max-bytes) and the multipart envelope around it. */
    static final long VERIFICATION_BODY = 50L * 1024 * 1024 + ENVELOPE;
    /**
     * Bytes of a declared, too large body read and thrown away before answering, so an ordinary HTTP client, still
     * sending, reads the answer instead of a reset connection; beyond this the connection is simply closed.
     */
    static final long MAX_DRAINED = 32L * 1024 * 1024;

    private static final String VERIFICATIONS = "/api/v1/verifications";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            drain(request);
            response.setHeader("Connection", "close");
            ProblemJson.write(response, tooLarge(request, limit).at(request.getRequestURI()));
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    /**
     * The body limit a request passed while being read, if it did: found in the exception (however deep a parser
     * wrapped it) or, when a parser swallowed it, on the request.
     */
    public static Optional<BodyTooLargeException> exceeded(Throwable exception, ServletRequest request) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return Optional.of(tooLarge);
            }
        }
        return request == null ? Optional.empty()
                : Optional.ofNullable((BodyTooLargeException) request.getAttribute(LimitedRequest.EXCEEDED));
    }

    /** The 413 for a body over {@code limit} bytes sent to this request's address. */
    public static Problem tooLarge(HttpServletRequest request, long limit) {
        String sent = request.getContentLengthLong() > 0
                ? "The request body has " + request.getContentLengthLong() + " bytes; at most " + limit + " are accepted."
                : "The request body is larger than the " + limit + " bytes accepted.";
        String why = isVerification(request) ? "A PDF to verify may have at most " + (limit - ENVELOPE) + " bytes."
                : "An agreement's wording is limited to " + Wording.MAX_TOTAL_LENGTH + " characters in all.";
        return Problem.of("payload-too-large", "Request too large", 413,
                sent + " " + why);
    }

    /** A PDF to verify may be far larger than any agreement's wording (verification checks its own limit too). */
    static long limitFor(HttpServletRequest request) {
        if (isVerification(request)) {
            return setting("pactum.verification.max-bytes", VERIFICATION_BODY - ENVELOPE) + ENVELOPE;
        }
        return apiLimit();
    }

    /** Bytes: the body limit of every API address but verification ({@code pactum.api.max-body-bytes}). */
    public static long apiLimit() {
        return setting("pactum.api.max-body-bytes", MAX_BODY);
    }

    private static boolean isVerification(HttpServletRequest request) {
        // The address as the container routes it (decoded, dot segments resolved), not as it was written.
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.startsWith(VERIFICATIONS);
    }

    private static long setting(String name, long otherwise) {
        try {
            return ConfigProvider.getConfig().getOptionalValue(name, Long.class).orElse(otherwise);
        } catch (IllegalStateException noConfig) {
            // Outside the server (unit tests): the default.
            return otherwise;
        }
    }

    private static void drain(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_DRAINED) {
            return;
        }
        try (var body = request.getInputStream()) {
            body.transferTo(OutputStream.nullOutputStream());
        }
    }
}
