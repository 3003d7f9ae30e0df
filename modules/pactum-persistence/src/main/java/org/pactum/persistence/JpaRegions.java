package org.pactum.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.pactum.domain.error.DuplicateException;
import org.pactum.domain.party.Region;
import org.pactum.domain.party.Regions;

@ApplicationScoped
public class JpaRegions implements Regions {

    @PersistenceContext(unitName = "pactum")
    EntityManager em;

    @Override
    public Optional<Region> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Region.class, code));
    }

    @Override
    public List<Region> all() {
        return em.createQuery("SELECT r FROM Region r ORDER BY r.code", Region.class).getResultList();
    }

    @Override
    public Region add(Region region) {
        if (find(region.code()).isPresent()) {
            throw new DuplicateException("Region", region.code());
        }
        em.persist(region);
        return region;
    }
}
