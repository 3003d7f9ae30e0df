package org.pactum.signing.control;

import java.util.Optional;

/**
 * Whether a signature gets a timestamp (B-T), and what happens when the authority fails: signing fails with
 * {@link org.pactum.domain.signature.TimestampUnavailableException}, or — only if {@code bBWhenUnavailable} — the
 * signature stays B-B and the result says so. No authority means B-B; the signer's own clock is never a timestamp.
 */
public record Timestamping(Optional<TimestampAuthority> authority, boolean bBWhenUnavailable) {

    public Timestamping {
        authority = authority == null ? Optional.empty() : authority;
    }

    /** No timestamp: every signature is B-B. */
    public static Timestamping none() {
        return new Timestamping(Optional.empty(), false);
    }

    /** A timestamp from {@code authority} or no signature. */
    public static Timestamping required(TimestampAuthority authority) {
        return new Timestamping(Optional.of(authority), false);
    }

    /** A timestamp from {@code authority} when it answers, a B-B signature when it does not. */
    public static Timestamping ifAvailable(TimestampAuthority authority) {
        return new Timestamping(Optional.of(authority), true);
    }
}
