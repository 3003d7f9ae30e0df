package org.pactum.domain.signature;

import java.time.Instant;
import java.util.Optional;

/** Signatures handed out to external tools and awaiting their CMS. */
public interface SigningPreparations {

    void add(SigningPreparation preparation);

    Optional<SigningPreparation> find(String id);

    /** Removes a preparation once its signature is embedded, or once it has expired. */
    void remove(String id);

    /** Forgets every preparation that expired before {@code now}; returns how many. */
    int removeExpired(Instant now);
}
