package org.pactum.web.signing;

import java.io.Serializable;
import java.util.Base64;

import org.pactum.signing.entity.ExternalPreparation;
import org.pactum.web.faces.DateDisplay;

/**
 * A signature prepared for the user's own tool, as the signing page shows it: what to sign, in base64, and until when.
 *
 * @param id the preparation's id, which the completion names
 */
public record PreparationView(String id, String digest, String digestAlgorithm, String signedAttributes,
                              String signedAttributesDigest, String signatureAlgorithm, String expiresAt)
        implements Serializable {

    static PreparationView of(ExternalPreparation preparation, DateDisplay dates) {
        Base64.Encoder base64 = Base64.getEncoder();
        return new PreparationView(preparation.id(), base64.encodeToString(preparation.digest()),
                preparation.digestAlgorithm(), base64.encodeToString(preparation.signedAttributes()),
                base64.encodeToString(preparation.signedAttributesDigest()), preparation.signatureAlgorithm(),
                dates.dateTimeWithSeconds(preparation.expiresAt()));
    }

    byte[] signedAttributesDer() {
        return Base64.getDecoder().decode(signedAttributes);
    }
}
