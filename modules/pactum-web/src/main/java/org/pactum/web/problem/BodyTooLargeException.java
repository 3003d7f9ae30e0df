package org.pactum.web.problem;

import java.io.IOException;

/**
 * A request body that went past its limit while being read. It is an {@link IOException} so that every reader on the
 * way (JSON-B, multipart, a resource reading bytes) stops at once; whoever catches and wraps it, {@link ErrorMapper}
 * still finds it and answers 413.
 */
public class BodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
