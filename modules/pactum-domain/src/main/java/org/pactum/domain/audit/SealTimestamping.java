package org.pactum.domain.audit;

/**
 * The seam for RFC 3161 time-stamps on audit seals. The signing capability provides the implementation (its TSA
 * client); until one is deployed, seals carry no time-stamp and nothing else changes.
 */
public interface SealTimestamping {

    /**
     * @param signature the seal's signature bytes
     * @return base64 of the DER time-stamp token the authority returned for SHA-256 of {@code signature}
     */
    String timestamp(byte[] signature);
}
