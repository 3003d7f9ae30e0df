package org.pactum.domain.signature;

import java.time.Instant;
import java.util.Objects;

/**
 * What people read about a certificate: its subject and issuer (RFC 4514 names), serial number (hexadecimal), validity
 * and the SHA-256 of its DER, which identifies it exactly.
 */
public record CertificateSummary(String subject, String issuer, String serialNumber, Instant notBefore, Instant notAfter,
                                 String sha256) {

    public CertificateSummary {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        Objects.requireNonNull(sha256, "sha256");
    }
}
