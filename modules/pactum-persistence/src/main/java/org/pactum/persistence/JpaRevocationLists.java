package org.pactum.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.pactum.domain.trust.RevocationList;
import org.pactum.domain.trust.RevocationLists;

@ApplicationScoped
public class JpaRevocationLists implements RevocationLists {

    @PersistenceContext(unitName = "pactum")
    EntityManager em;

    @Override
    public RevocationList add(RevocationList list) {
        em.persist(list);
        return list;
    }

    @Override
    public List<RevocationList> all() {
        return em.createQuery("SELECT r FROM RevocationList r ORDER BY r.addedAt, r.id", RevocationList.class).getResultList();
    }

    @Override
    public List<RevocationList> of(long anchorId) {
        return em.createQuery("SELECT r FROM RevocationList r WHERE r.anchorId = :anchor ORDER BY r.addedAt, r.id",
                        RevocationList.class)
                .setParameter("anchor", anchorId)
                .getResultList();
    }

    @Override
    public void removeAll(long anchorId) {
        em.createQuery("DELETE FROM RevocationList r WHERE r.anchorId = :anchor")
                .setParameter("anchor", anchorId)
                .executeUpdate();
    }
}
