package org.pactum.verification.entity;

import java.time.Instant;

/**
 * A time-stamp token as reported: the time it attests, the subject of the authority that signed it, and whether it is
 * valid (its imprint matches, its signature verifies, its authority chains to an anchor). Only a valid one proves a
 * time.
 */
public record TimestampReport(Instant time, String authority, boolean valid) {
}
