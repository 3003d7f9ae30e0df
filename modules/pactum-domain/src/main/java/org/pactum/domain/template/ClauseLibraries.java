package org.pactum.domain.template;

import java.util.List;
import java.util.Optional;

/** Every version of the clause library; a version once saved is never changed. */
public interface ClauseLibraries {

    Optional<ClauseLibrary> latest();

    Optional<ClauseLibrary> find(int version);

    /** Oldest first. */
    List<ClauseLibrary> versions();

    /** Refused by the store if that version exists already. */
    ClauseLibrary add(ClauseLibrary library);
}
