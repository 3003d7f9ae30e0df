package org.pactum.audit.control;

import java.util.List;
import java.util.Set;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

import org.pactum.audit.entity.ApprovalDecision;
import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.audit.AuditEvent;

/**
 * Reads an agreement's approval steps out of its audit events, as the trail recorded them: the lifecycle's steps and
 * each approver's decision and delegation on the route (their remark read as the reason).
 */
public final class DecisionEvents {

    private static final Set<String> DECISIONS = Set.of(AuditAction.AGREEMENT_SUBMITTED.code(),
            AuditAction.AGREEMENT_APPROVED.code(), AuditAction.AGREEMENT_RETURNED.code(),
            AuditAction.AGREEMENT_REJECTED.code(), AuditAction.AGREEMENT_REWORKED.code(),
            AuditAction.AGREEMENT_WITHDRAWN.code(), AuditAction.ROUTE_DECIDED.code(),
            AuditAction.ROUTE_TASK_DELEGATED.code());

    private DecisionEvents() {
    }

    /** @param events the agreement's events in sequence order */
    public static List<ApprovalDecision> of(List<AuditEvent> events) {
        return events.stream().filter(event -> DECISIONS.contains(event.action())).map(DecisionEvents::decision)
                .toList();
    }

    private static ApprovalDecision decision(AuditEvent event) {
        JsonObject details = EventDetails.read(event.details());
        Integer revision = EventDetails.value(details, "revision", JsonNumber.class, JsonNumber::intValue).orElse(null);
        String reason = EventDetails.text(details, "reason");
        return new ApprovalDecision(event.sequence(), event.action(), event.actor(), event.occurredAt(), revision,
                event.contentHash(), EventDetails.text(details, "from"), EventDetails.text(details, "to"),
                reason == null ? EventDetails.text(details, "remark") : reason, EventDetails.text(details, "decision"),
                EventDetails.value(details, "stage", JsonNumber.class, JsonNumber::intValue).orElse(null),
                EventDetails.text(details, "onBehalfOf"));
    }
}
