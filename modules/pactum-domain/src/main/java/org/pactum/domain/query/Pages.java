package org.pactum.domain.query;

import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;

/**
 * The rules every paged query shares: pages count from 0, a page holds 1 to a maximum of items, and the first item
 * of the page asked for must be one a database can be asked to skip to (an int): page 2147483647 of 20 items was an
 * overflow to a negative position and a 500 before.
 */
public final class Pages {

    private Pages() {
    }

    /** @throws InvalidInputException naming {@code page} or {@code size} when either is out of range */
    public static void check(int page, int size, int maxSize) {
        if (page < 0) {
            throw new InvalidInputException("page", Rule.OUT_OF_RANGE, "must be 0 or more");
        }
        if (size < 1 || size > maxSize) {
            throw new InvalidInputException("size", Rule.OUT_OF_RANGE, "must be between 1 and " + maxSize);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidInputException("page", Rule.OUT_OF_RANGE,
                    "must be at most " + Integer.MAX_VALUE / size + " for pages of " + size);
        }
    }

    /** Where the page starts, for a page and size {@link #check} accepted. */
    public static int offset(int page, int size) {
        return page * size;
    }
}
