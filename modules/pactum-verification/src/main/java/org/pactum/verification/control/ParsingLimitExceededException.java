package org.pactum.verification.control;

import org.pactum.verification.entity.ParsingLimit;

/**
 * The file went over one of the parsing limits: it is refused, not judged. An {@link IllegalArgumentException} like
 * every other unreadable input, so callers that only tell readable from unreadable need not know it.
 */
public class ParsingLimitExceededException extends IllegalArgumentException {

    private final ParsingLimit limit;
    private final long value;

    public ParsingLimitExceededException(ParsingLimit limit, long value) {
        super("The PDF " + limit.refusal(value) + " (" + limit.property() + ")");
        this.limit = limit;
        this.value = value;
    }

    public ParsingLimit limit() {
        return limit;
    }

    /** The limit as configured. */
    public long value() {
        return value;
    }
}
