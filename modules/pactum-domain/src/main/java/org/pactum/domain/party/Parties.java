package org.pactum.domain.party;

import java.util.List;
import java.util.Optional;

import org.pactum.domain.error.NotFoundException;

/** The directory of parties agreements can be made between. */
public interface Parties {

    Optional<Party> find(long id);

    default Party get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Party", id));
    }

    /** Parties whose organisation name contains the text in any language, or all when text is blank; optionally of one region. */
    List<Party> search(String text, String regionCode);

    Party add(Party party);
}
