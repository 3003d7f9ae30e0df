package org.pactum.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.pactum.domain.route.ApprovalRoute;
import org.pactum.domain.route.ApprovalRoutes;
import org.pactum.domain.route.RouteState;
import org.pactum.domain.route.TaskState;

@ApplicationScoped
public class JpaApprovalRoutes implements ApprovalRoutes {

    @PersistenceContext(unitName = "pactum")
    EntityManager em;

    @Override
    public ApprovalRoute add(ApprovalRoute route) {
        em.persist(route);
        return route;
    }

    @Override
    public Optional<ApprovalRoute> ofAgreement(long agreementId) {
        return em.createQuery("SELECT r FROM ApprovalRoute r WHERE r.agreementId = :agreement", ApprovalRoute.class)
                .setParameter("agreement", agreementId).getResultStream().findFirst();
    }

    @Override
    public Optional<ApprovalRoute> lockOfAgreement(long agreementId) {
        Optional<ApprovalRoute> route = em.createQuery("SELECT r FROM ApprovalRoute r WHERE r.agreementId = :agreement",
                        ApprovalRoute.class).setParameter("agreement", agreementId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
        // The lock was taken on the row as read now; what the context held before may be older.
        route.ifPresent(em::refresh);
        return route;
    }

    @Override
    public List<ApprovalRoute> withPendingTaskFor(String account) {
        return em.createQuery("SELECT DISTINCT r FROM ApprovalRoute r JOIN r.tasks t WHERE r.state = :running"
                        + " AND t.state = :pending AND t.assignee = :account ORDER BY r.startedAt, r.id", ApprovalRoute.class)
                .setParameter("running", RouteState.RUNNING).setParameter("pending", TaskState.PENDING)
                .setParameter("account", account).getResultList();
    }

    @Override
    public List<ApprovalRoute> withDeadlines() {
        return em.createQuery("SELECT DISTINCT r FROM ApprovalRoute r JOIN r.tasks t WHERE r.state = :running"
                        + " AND t.state = :pending AND t.due IS NOT NULL ORDER BY r.id", ApprovalRoute.class)
                .setParameter("running", RouteState.RUNNING).setParameter("pending", TaskState.PENDING)
                .getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
