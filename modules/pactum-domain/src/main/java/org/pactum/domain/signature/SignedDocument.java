package org.pactum.domain.signature;

import java.time.Instant;
import java.util.Objects;

import org.pactum.domain.canonical.Sha256;

/**
 * A PDF of an agreement as it was approved or signed, addressed by its SHA-256 and never changed: the approved print
 * every signature builds on, and each signed version after it.
 *
 * @param contentHash the agreement's content hash the PDF was printed from (the approved revision's)
 */
public record SignedDocument(String sha256, long agreementId, Kind kind, String contentHash, byte[] pdf, Instant keptAt) {

    /** What the PDF is: the approved text before any signature, or the agreement with one signature more. */
    public enum Kind { APPROVED_PRINT, SIGNED }

    public SignedDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(keptAt, "keptAt");
        pdf = pdf.clone();
        if (!Sha256.hex(pdf).equals(sha256)) {
            throw new IllegalArgumentException("A document is addressed by the SHA-256 of its bytes, not " + sha256);
        }
    }

    public static SignedDocument of(long agreementId, Kind kind, String contentHash, byte[] pdf, Instant keptAt) {
        return new SignedDocument(Sha256.hex(pdf), agreementId, kind, contentHash, pdf, keptAt);
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedDocument that && sha256.equals(that.sha256);
    }

    @Override
    public int hashCode() {
        return sha256.hashCode();
    }

    @Override
    public String toString() {
        return "SignedDocument " + sha256 + " (" + kind + ", agreement " + agreementId + ", " + pdf.length + " bytes)";
    }
}
