package org.pactum.verification.control;

import java.time.Instant;

/**
 * A filled signature field as its dictionary states it. {@code byteRange} holds {@link Long#MIN_VALUE} for an entry
 * that is not a whole number, and is null (like {@code contents}) when the dictionary lacks it; {@code claimedTime} is
 * the {@code /M} entry or null.
 */
record SignatureField(String name, String subFilter, long[] byteRange, byte[] contents, Instant claimedTime) {

    static final String DOCUMENT_TIMESTAMP = "ETSI.RFC3161";

    boolean isDocumentTimestamp() {
        return DOCUMENT_TIMESTAMP.equals(subFilter);
    }

    /** Where the signed bytes end, to order fields as they were added; unknown ranges go last. */
    long end() {
        if (byteRange == null || byteRange.length != 4 || byteRange[2] < 0 || byteRange[3] < 0) {
            return Long.MAX_VALUE;
        }
        return byteRange[2] + byteRange[3];
    }
}
