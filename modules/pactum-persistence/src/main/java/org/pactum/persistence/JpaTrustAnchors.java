package org.pactum.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.pactum.domain.trust.TrustAnchor;
import org.pactum.domain.trust.TrustAnchors;

@ApplicationScoped
public class JpaTrustAnchors implements TrustAnchors {

    @PersistenceContext(unitName = "pactum")
    EntityManager em;

    @Override
    public List<TrustAnchor> all() {
        return em.createQuery("SELECT a FROM TrustAnchor a ORDER BY a.addedAt, a.id", TrustAnchor.class).getResultList();
    }

    @Override
    public Optional<TrustAnchor> find(long id) {
        return Optional.ofNullable(em.find(TrustAnchor.class, id));
    }

    @Override
    public Optional<TrustAnchor> findBySha256(String sha256) {
        return em.createQuery("SELECT a FROM TrustAnchor a WHERE a.sha256 = :sha256", TrustAnchor.class)
                .setParameter("sha256", sha256)
                .getResultStream().findFirst();
    }

    @Override
    public TrustAnchor add(TrustAnchor anchor) {
        em.persist(anchor);
        // Revocation lists name their anchor by id, not by a mapped relation, so nothing else orders the inserts.
        em.flush();
        return anchor;
    }

    @Override
    public void remove(TrustAnchor anchor) {
        em.remove(em.contains(anchor) ? anchor : em.merge(anchor));
    }
}
