package org.pactum.persistence;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.pactum.domain.agreement.SeenRevisions;

/** The revision each person last saw of each agreement, in seen_revision (V16). */
@ApplicationScoped
public class JpaSeenRevisions implements SeenRevisions {

    @PersistenceContext(unitName = "pactum")
    EntityManager em;

    @Override
    public OptionalInt findLastSeen(long agreementId, String username) {
        // Two columns: a native query of one column answers bare values, not rows (NativeSql wants rows).
        return NativeSql.rows(em, "SELECT revision, agreement_id FROM seen_revision WHERE agreement_id = ? AND account = ?",
                        agreementId, username).stream()
                .mapToInt(row -> (int) row.number(0)).findFirst();
    }

    /**
     * Moves the row forward, or makes it on the first visit. Portable SQL rather than a MERGE: neither database makes
     * a MERGE proof against two first visits at the same instant, and a second visit only ever updates.
     */
    @Override
    public void saw(long agreementId, String username, int revision, Instant at) {
        int moved = NativeSql.update(em, "UPDATE seen_revision SET revision = ?, seen_at = ? WHERE agreement_id = ?"
                + " AND account = ? AND revision < ?", List.of(revision, JpaSignatures.utc(at), agreementId, username, revision));
        if (moved == 0 && findLastSeen(agreementId, username).isEmpty()) {
            NativeSql.update(em, "INSERT INTO seen_revision (agreement_id, account, revision, seen_at) VALUES (?, ?, ?, ?)",
                    List.of(agreementId, username, revision, JpaSignatures.utc(at)));
        }
    }
}
