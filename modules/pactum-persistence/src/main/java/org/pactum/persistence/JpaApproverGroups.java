package org.pactum.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.pactum.domain.route.ApproverGroup;
import org.pactum.domain.route.ApproverGroups;

@ApplicationScoped
public class JpaApproverGroups implements ApproverGroups {

    @PersistenceContext(unitName = "pactum")
    EntityManager em;

    @Override
    public ApproverGroup add(ApproverGroup group) {
        em.persist(group);
        return group;
    }

    @Override
    public Optional<ApproverGroup> find(String code) {
        return Optional.ofNullable(em.find(ApproverGroup.class, code));
    }

    @Override
    public List<ApproverGroup> all() {
        return em.createQuery("SELECT g FROM ApproverGroup g ORDER BY g.code", ApproverGroup.class).getResultList();
    }
}
