package org.pactum.audit.boundary;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.route.RouteRecorded;
import org.pactum.domain.route.RoutingConfigured;

/** Records every route step — decisions, delegations, reminders, escalations — and every change to how routes work. */
@ApplicationScoped
public class RoutingAuditing {

    @Inject
    AuditTrail trail;

    void onRouteStep(@Observes RouteRecorded step) {
        AuditAction action = switch (step.step()) {
            case STARTED -> AuditAction.ROUTE_STARTED;
            case RESUBMITTED -> AuditAction.ROUTE_RESUBMITTED;
            case DECIDED -> AuditAction.ROUTE_DECIDED;
            case DELEGATED -> AuditAction.ROUTE_TASK_DELEGATED;
            case REMINDED -> AuditAction.ROUTE_TASK_REMINDED;
            case ESCALATED -> AuditAction.ROUTE_TASK_ESCALATED;
            case WITHDRAWN -> AuditAction.ROUTE_WITHDRAWN;
        };
        trail.record(trail.fromCaller(action, step.actor(), step.agreementId(), step.agreementVersion(),
                step.contentHash(), step.details()));
    }

    void onConfigured(@Observes RoutingConfigured change) {
        Map<String, Object> details = new LinkedHashMap<>(change.details());
        details.put("what", change.what());
        trail.record(trail.fromCaller(AuditAction.ROUTE_CONFIGURED, change.actor(), null, null, null, details));
    }
}
