package org.pactum.domain.trust;

import java.time.Instant;
import java.util.Objects;

/**
 * A CA certificate (usually a national root) that administrators trust: a signer's certificate is accepted only when
 * its chain leads to one of these. Never changed once added, only removed; the certificate is kept as its DER bytes
 * and known by their SHA-256.
 */
public class TrustAnchor {

    private Long id;
    private byte[] certificate;
    private String subject;
    private String sha256;
    private Instant notBefore;
    private Instant notAfter;
    private String addedBy;
    private Instant addedAt;
    private long version;

    protected TrustAnchor() {
        // for the persistence mapping
    }

    /**
     * @param certificate the certificate's DER encoding
     * @param subject     its subject as RFC 4514 writes it
     * @param sha256      the SHA-256 of the DER, lower-case hex
     */
    public TrustAnchor(byte[] certificate, String subject, String sha256, Instant notBefore, Instant notAfter,
                       String addedBy, Instant addedAt) {
        this.certificate = Objects.requireNonNull(certificate, "certificate").clone();
        this.subject = Objects.requireNonNull(subject, "subject");
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.notBefore = Objects.requireNonNull(notBefore, "notBefore");
        this.notAfter = Objects.requireNonNull(notAfter, "notAfter");
        this.addedBy = Objects.requireNonNull(addedBy, "addedBy");
        this.addedAt = Objects.requireNonNull(addedAt, "addedAt");
    }

    /** Assigned when stored; null before. */
    public Long id() {
        return id;
    }

    /** The certificate's DER encoding (a copy). */
    public byte[] certificate() {
        return certificate.clone();
    }

    public String subject() {
        return subject;
    }

    public String sha256() {
        return sha256;
    }

    public Instant notBefore() {
        return notBefore;
    }

    public Instant notAfter() {
        return notAfter;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant addedAt() {
        return addedAt;
    }

    public long version() {
        return version;
    }
}
