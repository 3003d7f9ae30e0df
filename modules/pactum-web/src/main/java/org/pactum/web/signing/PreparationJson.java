package org.pactum.web.signing;

import java.time.Instant;
import java.util.Base64;

import org.pactum.signing.entity.ExternalPreparation;

/**
 * What an external tool signs: {@code digest} is the document's byte-range digest (the CMS messageDigest),
 * {@code signedAttributes} the DER a bare signature value is made over, {@code signedAttributesDigest} its digest.
 * All base64.
 */
public record PreparationJson(String id, String digest, String digestAlgorithm, String signedAttributes,
                              String signedAttributesDigest, String signatureAlgorithm, Instant expiresAt) {

    static PreparationJson of(ExternalPreparation preparation) {
        Base64.Encoder base64 = Base64.getEncoder();
        return new PreparationJson(preparation.id(), base64.encodeToString(preparation.digest()),
                preparation.digestAlgorithm(), base64.encodeToString(preparation.signedAttributes()),
                base64.encodeToString(preparation.signedAttributesDigest()), preparation.signatureAlgorithm(),
                preparation.expiresAt());
    }
}
