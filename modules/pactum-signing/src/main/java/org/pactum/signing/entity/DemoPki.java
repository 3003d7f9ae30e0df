package org.pactum.signing.entity;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Map;

/**
 * The demo mode's PKI as made on first start: a root CA, trusted, with its CRL; the certificate of a time-stamping
 * unit; the platform's seal; a signing key for each demo signer. The root's private key is not kept: the demo issues nothing later.
 *
 * @param anchorId     the trust anchor the root was stored as
 * @param timestamping the time-stamping unit's key (extended key usage id-kp-timeStamping, critical)
 * @param seal         the platform's seal key, which signs certificates of completion
 * @param signers      each demo signer's key, by username
 */
public record DemoPki(X509Certificate root, long anchorId, X509CRL crl, IssuedKey timestamping,
                      IssuedKey seal, Map<String, IssuedKey> signers) {

    public DemoPki {
        signers = Map.copyOf(signers);
    }
}
