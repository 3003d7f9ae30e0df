package org.pactum.domain.trust;

import java.time.Instant;
import java.util.Objects;

/**
 * A certificate revocation list (CRL) administrators added under a trust anchor, kept as its DER bytes. A newer list
 * of the same issuer supersedes it; it is never changed.
 */
public class RevocationList {

    private Long id;
    private long anchorId;
    private String issuer;
    private byte[] crl;
    private Instant thisUpdate;
    private Instant nextUpdate;
    private String addedBy;
    private Instant addedAt;
    private long version;

    protected RevocationList() {
        // for the persistence mapping
    }

    /**
     * @param anchorId   the trust anchor it was added under
     * @param issuer     the CRL's issuer as RFC 4514 writes it
     * @param crl        the CRL's DER encoding
     * @param nextUpdate null when the CRL names no next update
     */
    public RevocationList(long anchorId, String issuer, byte[] crl, Instant thisUpdate, Instant nextUpdate,
                          String addedBy, Instant addedAt) {
        this.anchorId = anchorId;
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.crl = Objects.requireNonNull(crl, "crl").clone();
        this.thisUpdate = Objects.requireNonNull(thisUpdate, "thisUpdate");
        this.nextUpdate = nextUpdate;
        this.addedBy = Objects.requireNonNull(addedBy, "addedBy");
        this.addedAt = Objects.requireNonNull(addedAt, "addedAt");
    }

    /** Assigned when stored; null before. */
    public Long id() {
        return id;
    }

    public long anchorId() {
        return anchorId;
    }

    public String issuer() {
        return issuer;
    }

    /** The CRL's DER encoding (a copy). */
    public byte[] crl() {
        return crl.clone();
    }

    public Instant thisUpdate() {
        return thisUpdate;
    }

    /** Null when the CRL names no next update. */
    public Instant nextUpdate() {
        return nextUpdate;
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
