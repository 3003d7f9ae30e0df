package org.pactum.signing.entity;

import java.time.Instant;

/**
 * A signature handed out to the signer's own tool.
 *
 * @param digest                 the digest of the document's byte range: the CMS messageDigest a tool that makes
 *                               its own CMS signs over
 * @param digestAlgorithm        e.g. {@code SHA-256}
 * @param signedAttributes       the DER of the signed attributes Pactum built; a tool that returns a bare signature
 *                               value signs these
 * @param signedAttributesDigest their digest, for a tool that signs a hash
 * @param signatureAlgorithm     what the certificate's key signs with, e.g. {@code SHA256withECDSA}
 */
public record ExternalPreparation(String id, byte[] digest, String digestAlgorithm, byte[] signedAttributes,
                                  byte[] signedAttributesDigest, String signatureAlgorithm, Instant expiresAt) {

    public ExternalPreparation {
        digest = digest.clone();
        signedAttributes = signedAttributes.clone();
        signedAttributesDigest = signedAttributesDigest.clone();
    }

    @Override
    public byte[] digest() {
        return digest.clone();
    }

    @Override
    public byte[] signedAttributes() {
        return signedAttributes.clone();
    }

    @Override
    public byte[] signedAttributesDigest() {
        return signedAttributesDigest.clone();
    }
}
