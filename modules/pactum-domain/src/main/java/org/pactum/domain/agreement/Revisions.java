package org.pactum.domain.agreement;

import java.util.List;
import java.util.Optional;

import org.pactum.domain.error.NotFoundException;

/**
 * Every revision of every agreement; append-only. Written only by the registry's {@code AgreementRegistry}; everyone
 * else reads.
 */
public interface Revisions {

    Revision add(Revision revision);

    /** The agreement's revisions, oldest first. */
    List<Revision> of(long agreementId);

    Optional<Revision> find(long agreementId, int number);

    default Revision get(long agreementId, int number) {
        return find(agreementId, number).orElseThrow(() -> new NotFoundException("Revision", agreementId + "/" + number));
    }

    /** The latest revision saved while the agreement had at most the given version: what a holder of it last saw. */
    Optional<Revision> asOf(long agreementId, long agreementVersion);
}
