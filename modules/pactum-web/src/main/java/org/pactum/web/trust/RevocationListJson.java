package org.pactum.web.trust;

import java.time.Instant;

import org.pactum.domain.trust.RevocationList;

/** A revocation list added under a trust anchor; {@code nextUpdate} is absent when the CRL names none. */
public record RevocationListJson(long id, long anchorId, String issuer, Instant thisUpdate, Instant nextUpdate,
                                 String addedBy, Instant addedAt) {

    static RevocationListJson of(RevocationList list) {
        return new RevocationListJson(list.id(), list.anchorId(), list.issuer(), list.thisUpdate(), list.nextUpdate(),
                list.addedBy(), list.addedAt());
    }
}
