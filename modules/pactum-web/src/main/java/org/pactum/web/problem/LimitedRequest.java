package org.pactum.web.problem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body is read through a {@link CountedBody}; when the limit is passed, the request remembers it (as
 * the attribute {@link #EXCEEDED}), so the answer is 413 even when a parser swallowed the exception.
 */
class LimitedRequest extends HttpServletRequestWrapper {

    /** Request attribute holding the {@link BodyTooLargeException} of a body that passed its limit. */
    static final String EXCEEDED = LimitedRequest.class.getName() + ".exceeded";

    private final long limit;
    private CountedBody body;
    private BufferedReader reader;

    LimitedRequest(HttpServletRequest request, long limit) {
        super(request);
        this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (body == null) {
            body = new CountedBody(super.getInputStream(), limit, exceeded -> setAttribute(EXCEEDED, exceeded));
        }
        return body;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (reader == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
        return reader;
    }

    boolean isExceeded() {
        return body != null && body.isExceeded();
    }
}
