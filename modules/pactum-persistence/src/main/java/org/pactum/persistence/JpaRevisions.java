package org.pactum.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.pactum.domain.agreement.Revision;
import org.pactum.domain.agreement.Revisions;
import org.pactum.domain.error.DuplicateException;

/**
 * Revisions in agreement_revision, through native SQL on the persistence context, so a revision is written in the
 * transaction that saves the agreement. Native SQL because a record cannot be a JPA entity.
 * <p>
 * A revision is read back as stored, with the hash recorded when it was saved: one whose content was changed since
 * is returned all the same, and {@link Revision#isIntact()} is false for it. Callers that show or rely on a revision
 * check that. Content that is no longer canonical JSON cannot be returned faithfully and fails the read instead
 * (see {@link RevisionRows#revision}).
 */
@ApplicationScoped
public class JpaRevisions implements Revisions {

    @PersistenceContext(unitName = "pactum")
    EntityManager em;

    /**
     * @throws DuplicateException       if the agreement already has a revision of that number; the primary key refuses
     *                                  one that a concurrent transaction adds first
     * @throws IllegalArgumentException if the revision's hash is not the hash of its content
     */
    @Override
    public Revision add(Revision revision) {
        if (!revision.isIntact()) {
            throw new IllegalArgumentException("revision " + revision.number() + " of agreement " + revision.agreementId()
                    + " does not have the hash of its content");
        }
        if (NativeSql.exists(em, RevisionRows.EXISTS, revision.agreementId(), revision.number())) {
            throw new DuplicateException("Revision", revision.agreementId() + "/" + revision.number());
        }
        em.flush(); // the agreement row the revision refers to may still be pending in the persistence context
        NativeSql.update(em, RevisionRows.INSERT, RevisionRows.values(revision));
        return revision;
    }

    @Override
    public List<Revision> of(long agreementId) {
        return NativeSql.rows(em, RevisionRows.OF_AGREEMENT, agreementId).stream().map(RevisionRows::revision).toList();
    }

    @Override
    public Optional<Revision> find(long agreementId, int number) {
        return NativeSql.rows(em, RevisionRows.ONE, agreementId, number).stream().findFirst().map(RevisionRows::revision);
    }

    @Override
    public Optional<Revision> asOf(long agreementId, long agreementVersion) {
        return NativeSql.rows(em, RevisionRows.AS_OF, agreementId, agreementVersion).stream().findFirst().map(RevisionRows::revision);
    }
}
