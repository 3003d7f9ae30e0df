package org.pactum.web.publicverification;

import java.time.Duration;
import java.time.Instant;

/**
 * What is left of one allowance ({@code size} uploads per {@code period}, refilling evenly) and when that was so. It
 * is written as text in its map, so that any node of a cluster reads it without the application's classes; a full
 * bucket is the same as none, so it is not written at all.
 */
record AllowanceBucket(double left, Instant at) {

    static AllowanceBucket full(int size, Instant now) {
        return new AllowanceBucket(size, now);
    }

    /** As it is at {@code now}; a clock behind {@code at} (another node's) refills nothing rather than going back. */
    AllowanceBucket refilled(int size, Duration period, Instant now) {
        if (!now.isAfter(at)) {
            return this;
        }
        return new AllowanceBucket(Math.min(size, left + size * (double) Duration.between(at, now).toNanos()
                / period.toNanos()), now);
    }

    boolean allows() {
        return left >= 1;
    }

    AllowanceBucket taken() {
        return new AllowanceBucket(left - 1, at);
    }

    /** The upload taken back, which another allowance refused after all. */
    AllowanceBucket givenBack(int size) {
        return new AllowanceBucket(Math.min(size, left + 1), at);
    }

    boolean isFull(int size) {
        return left >= size;
    }

    /** How long until one whole upload is allowed again. */
    Duration waitFor(int size, Duration period) {
        return Duration.ofNanos((long) Math.ceil((1 - left) * period.toNanos() / size));
    }

    String written() {
        return left + " " + at;
    }

    static AllowanceBucket read(String written) {
        int space = written.indexOf(' ');
        return new AllowanceBucket(Double.parseDouble(written.substring(0, space)), Instant.parse(written.substring(space + 1)));
    }
}
