package org.pactum.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.pactum.domain.signature.PartySigners;

/** Who may sign for which party, in party_signer. */
@ApplicationScoped
public class JpaPartySigners implements PartySigners {

    @PersistenceContext(unitName = "pactum")
    EntityManager em;

    @Override
    public List<String> of(long partyId) {
        return em.createNativeQuery("SELECT username FROM party_signer WHERE party_id = ? ORDER BY position")
                .setParameter(1, partyId).getResultList().stream().map(String.class::cast).toList();
    }

    @Override
    public void set(long partyId, List<String> usernames) {
        em.flush(); // a party created in this transaction must exist before its signers refer to it
        NativeSql.update(em, "DELETE FROM party_signer WHERE party_id = ?", List.of(partyId));
        for (int i = 0; i < usernames.size(); i++) {
            NativeSql.update(em, "INSERT INTO party_signer (party_id, username, position) VALUES (?, ?, ?)",
                    List.of(partyId, usernames.get(i), i));
        }
    }
}
