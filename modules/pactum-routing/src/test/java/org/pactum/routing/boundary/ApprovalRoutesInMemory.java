package org.pactum.routing.boundary;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pactum.domain.route.ApprovalRoute;
import org.pactum.domain.route.ApprovalRoutes;
import org.pactum.domain.route.ApprovalTask;
import org.pactum.domain.route.RouteState;

/** Routes in a list; like the JPA store, adding and flushing give the route and its new tasks their ids. */
final class ApprovalRoutesInMemory implements ApprovalRoutes {

    private final List<ApprovalRoute> stored = new ArrayList<>();
    private long nextId = 50;

    @Override
    public synchronized ApprovalRoute add(ApprovalRoute route) {
        stored.add(route);
        flush();
        return route;
    }

    @Override
    public synchronized Optional<ApprovalRoute> ofAgreement(long agreementId) {
        return stored.stream().filter(route -> route.agreementId() == agreementId).findFirst();
    }

    /** No lock is needed: the tests' steps run one at a time on this store's monitor. */
    @Override
    public synchronized Optional<ApprovalRoute> lockOfAgreement(long agreementId) {
        return ofAgreement(agreementId);
    }

    @Override
    public synchronized List<ApprovalRoute> withPendingTaskFor(String account) {
        return stored.stream().filter(route -> route.state() == RouteState.RUNNING)
                .filter(route -> !route.pendingFor(account).isEmpty()).toList();
    }

    @Override
    public synchronized List<ApprovalRoute> withDeadlines() {
        return stored.stream().filter(route -> route.state() == RouteState.RUNNING)
                .filter(route -> route.pending().stream().anyMatch(task -> task.due() != null)).toList();
    }

    @Override
    public synchronized void flush() {
        for (ApprovalRoute route : stored) {
            if (route.id() == null) {
                assign(ApprovalRoute.class, route, nextId++);
            }
            for (ApprovalTask task : route.tasks()) {
                if (task.id() == null) {
                    assign(ApprovalTask.class, task, nextId++);
                }
            }
        }
    }

    private static void assign(Class<?> type, Object entity, long id) {
        try {
            Field field = type.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
