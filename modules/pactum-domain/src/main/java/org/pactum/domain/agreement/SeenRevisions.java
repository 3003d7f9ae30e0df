package org.pactum.domain.agreement;

import java.time.Instant;
import java.util.OptionalInt;

/**
 * The revision of each agreement each person last saw on its page, so the page can tell them what changed since.
 * Only ever moves forward: a page still open on an older revision never takes back what was seen later.
 */
public interface SeenRevisions {

    /** The revision the user last saw; empty when they never opened the agreement. */
    OptionalInt findLastSeen(long agreementId, String username);

    /** Notes that the user saw the revision, unless they had already seen it or a later one. */
    void saw(long agreementId, String username, int revision, Instant at);
}
