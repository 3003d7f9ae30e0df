package org.pactum.verification.entity;

import java.time.Instant;
import java.util.List;

/**
 * The verdict on one signature of a PDF and what it rests on. {@code subIndication} is null when the signature passed;
 * {@code signedBy} (the signer certificate's common name) is null when no signer certificate was found;
 * {@code claimedSigningTime} (the signature dictionary's {@code /M}) and {@code timestamp} (the CMS's signature
 * time-stamp) are null when absent. {@code byteRange} is as the dictionary states it; {@code reasons} explain, in
 * words, every check that did not pass and what limited the level; {@code revocation} says, per certificate of the
 * chain below its anchor, what its revocation status rests on (e.g. {@code CN=…: good (OCSP, document security store,
 * 2026-…)}).
 */
public record SignatureReport(String fieldName, Indication indication, SubIndication subIndication, String signedBy,
                              List<ChainCertificate> chain, Instant claimedSigningTime, TimestampReport timestamp,
                              SignatureLevel level, boolean coversWholeDocument, List<Long> byteRange,
                              List<String> reasons, List<String> revocation) {

    public SignatureReport {
        chain = List.copyOf(chain);
        byteRange = List.copyOf(byteRange);
        reasons = List.copyOf(reasons);
        revocation = List.copyOf(revocation);
    }

    /** A report without revocation sources. */
    public SignatureReport(String fieldName, Indication indication, SubIndication subIndication, String signedBy,
                           List<ChainCertificate> chain, Instant claimedSigningTime, TimestampReport timestamp,
                           SignatureLevel level, boolean coversWholeDocument, List<Long> byteRange,
                           List<String> reasons) {
        this(fieldName, indication, subIndication, signedBy, chain, claimedSigningTime, timestamp, level,
                coversWholeDocument, byteRange, reasons, List.of());
    }

    public boolean passed() {
        return indication == Indication.TOTAL_PASSED;
    }
}
