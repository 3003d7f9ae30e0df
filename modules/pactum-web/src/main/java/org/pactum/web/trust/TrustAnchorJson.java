package org.pactum.web.trust;

import java.time.Instant;

import org.pactum.domain.trust.TrustAnchor;

/**
 * A trust anchor as listed; its certificate itself is read as PEM from its own address.
 *
 * @param sha256 SHA-256 of the certificate's DER, lower-case hex
 */
public record TrustAnchorJson(long id, String subject, String sha256, Instant notBefore, Instant notAfter,
                              String addedBy, Instant addedAt) {

    static TrustAnchorJson of(TrustAnchor anchor) {
        return new TrustAnchorJson(anchor.id(), anchor.subject(), anchor.sha256(), anchor.notBefore(), anchor.notAfter(),
                anchor.addedBy(), anchor.addedAt());
    }
}
