package org.pactum.domain.trust;

import java.util.List;
import java.util.Optional;

import org.pactum.domain.error.NotFoundException;

/** The trust anchors administrators added. */
public interface TrustAnchors {

    /** Every anchor, oldest first. */
    List<TrustAnchor> all();

    Optional<TrustAnchor> find(long id);

    default TrustAnchor get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Trust anchor", id));
    }

    /** @param sha256 the SHA-256 of the certificate's DER, lower-case hex */
    Optional<TrustAnchor> findBySha256(String sha256);

    TrustAnchor add(TrustAnchor anchor);

    void remove(TrustAnchor anchor);
}
