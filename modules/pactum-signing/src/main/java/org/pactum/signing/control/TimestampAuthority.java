package org.pactum.signing.control;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * An RFC 3161 time-stamping authority: it vouches that a digest existed at a time it tells, which a signer's own clock
 * cannot. Failures are {@link org.pactum.domain.signature.TimestampUnavailableException}.
 */
public interface TimestampAuthority {

    /**
     * The DER of a TimeStampToken (a CMS ContentInfo) over {@code digest}, made with {@code digestAlgorithm} (e.g.
     * {@code SHA-256}), checked to answer exactly that request.
     */
    byte[] timestamp(byte[] digest, String digestAlgorithm);

    /** The authority's certificate first, then its issuers, as far as known (empty when not known yet). */
    List<X509Certificate> certificateChain();
}
