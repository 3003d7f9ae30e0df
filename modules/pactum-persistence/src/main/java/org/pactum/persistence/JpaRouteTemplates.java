package org.pactum.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.pactum.domain.route.RouteTemplate;
import org.pactum.domain.route.RouteTemplates;

@ApplicationScoped
public class JpaRouteTemplates implements RouteTemplates {

    @PersistenceContext(unitName = "pactum")
    EntityManager em;

    @Override
    public RouteTemplate add(RouteTemplate route) {
        em.persist(route);
        return route;
    }

    @Override
    public Optional<RouteTemplate> find(String code) {
        return Optional.ofNullable(em.find(RouteTemplate.class, code));
    }

    @Override
    public List<RouteTemplate> all() {
        return em.createQuery("SELECT r FROM RouteTemplate r ORDER BY r.code", RouteTemplate.class).getResultList();
    }
}
