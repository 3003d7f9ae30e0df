package org.pactum.domain.party;

import java.util.List;
import java.util.Optional;

import org.pactum.domain.error.NotFoundException;

/** All regions Pactum knows, ordered by code. */
public interface Regions {

    Optional<Region> find(String code);

    default Region get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("Region", code));
    }

    List<Region> all();

    Region add(Region region);
}
