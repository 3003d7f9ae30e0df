package org.pactum.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.pactum.domain.route.Absence;
import org.pactum.domain.route.Absences;

@ApplicationScoped
public class JpaAbsences implements Absences {

    @PersistenceContext(unitName = "pactum")
    EntityManager em;

    @Override
    public Absence add(Absence absence) {
        em.persist(absence);
        return absence;
    }

    @Override
    public List<Absence> withDeputy(String deputy) {
        return em.createQuery("SELECT a FROM Absence a WHERE a.deputy = :deputy ORDER BY a.firstDay, a.id", Absence.class)
                .setParameter("deputy", deputy).getResultList();
    }

    @Override
    public List<Absence> of(String account) {
        return em.createQuery("SELECT a FROM Absence a WHERE a.account = :account ORDER BY a.firstDay, a.id", Absence.class)
                .setParameter("account", account).getResultList();
    }

    @Override
    public Optional<Absence> find(long id) {
        return Optional.ofNullable(em.find(Absence.class, id));
    }

    @Override
    public void remove(Absence absence) {
        em.remove(em.contains(absence) ? absence : em.merge(absence));
    }
}
