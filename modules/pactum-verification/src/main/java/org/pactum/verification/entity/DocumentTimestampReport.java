package org.pactum.verification.entity;

import java.util.List;

/**
 * A document time-stamp ({@code /SubFilter /ETSI.RFC3161}) as reported: its field, the token ({@code timestamp} is null
 * when the token cannot be read at all), whether it covers the whole file, its byte range, and the reasons it is not
 * valid. A valid one after a signature raises that signature from PAdES-BASELINE-LT to LTA.
 */
public record DocumentTimestampReport(String fieldName, TimestampReport timestamp, boolean coversWholeDocument,
                                      List<Long> byteRange, List<String> reasons) {

    public DocumentTimestampReport {
        byteRange = List.copyOf(byteRange);
        reasons = List.copyOf(reasons);
    }

    public boolean valid() {
        return timestamp != null && timestamp.valid() && reasons.isEmpty();
    }
}
