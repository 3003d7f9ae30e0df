package org.pactum.routing.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.Agreements;
import org.pactum.domain.route.ApprovalRoute;
import org.pactum.domain.route.ApprovalRoutes;
import org.pactum.domain.route.ApprovalTask;
import org.pactum.domain.route.RouteRecorded;
import org.pactum.domain.route.RouteState;
import org.pactum.domain.route.RouteStep;
import org.pactum.routing.control.RouteDetails;
import org.pactum.routing.entity.TaskDeadline;

/**
 * Deadlines on routes: the reminder before a task's deadline and the escalation after it, each taken on the route
 * locked, and only while the task still waits — a task decided, handed on or already reminded meanwhile is left as it
 * is, so a step run twice (a retry, a second node) changes nothing the second time.
 */
@ApplicationScoped
@Transactional
public class RouteDeadlines {

    /** Who takes the deadline steps in the audit trail. */
    public static final String SYSTEM = "system";

    @Inject
    ApprovalRoutes routes;

    @Inject
    Agreements agreements;

    @Inject
    Event<RouteRecorded> recorded;

    @Inject
    @ConfigProperty(name = "pactum.routing.reminder-lead", defaultValue = "P1D")
    String reminderLead;

    Clock clock = Clock.systemUTC();

    /** How long before a deadline its approver is reminded ({@code pactum.routing.reminder-lead}, ISO-8601). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Duration reminderLead() {
        try {
            Duration lead = Duration.parse(reminderLead.strip());
            if (lead.isNegative()) {
                throw new IllegalStateException("pactum.routing.reminder-lead must not be negative: " + reminderLead);
            }
            return lead;
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("pactum.routing.reminder-lead is no ISO-8601 duration such as P1D or PT12H: "
                    + reminderLead, e);
        }
    }

    /**
     * Reminds the approver of a task whose deadline comes close.
     *
     * @return the task reminded, or empty when there was nothing to do
     */
    public Optional<ApprovalTask> remind(long agreementId, long taskId) {
        return runningRoute(agreementId).flatMap(route -> {
            Instant now = clock.instant();
            return route.dueForReminder(now, reminderLead()).stream().filter(task -> Objects.equals(task.id(), taskId))
                    .filter(task -> task.escalatedAt() == null).findFirst().map(task -> {
                        route.remind(task, now);
                        routes.flush();
                        record(RouteStep.REMINDED, route, RouteDetails.of(route, task));
                        return task;
                    });
        });
    }

    /**
     * Escalates a task whose deadline passed: to the stage's escalation target when it has one, else only recorded.
     *
     * @return the overdue task, or empty when there was nothing to do
     */
    public Optional<ApprovalTask> escalate(long agreementId, long taskId) {
        return runningRoute(agreementId).flatMap(route -> {
            Instant now = clock.instant();
            return route.overdue(now).stream().filter(task -> Objects.equals(task.id(), taskId)).findFirst()
                    .map(task -> {
                        Optional<ApprovalTask> handed = route.escalate(task, now);
                        routes.flush();
                        Map<String, Object> details = RouteDetails.of(route, task);
                        details.put("escalatedTo", handed.map(ApprovalTask::assignee).orElse(null));
                        details.put("escalatedTask", handed.map(ApprovalTask::id).orElse(null));
                        record(RouteStep.ESCALATED, route, details);
                        return task;
                    });
        });
    }

    /** The agreement's route, locked, while it runs; a finished or withdrawn route has no deadlines left. */
    private Optional<ApprovalRoute> runningRoute(long agreementId) {
        return routes.lockOfAgreement(agreementId).filter(route -> route.state() == RouteState.RUNNING);
    }

    /** The deadlines of the tasks that wait on the agreement's route now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TaskDeadline> deadlinesOf(long agreementId) {
        return routes.ofAgreement(agreementId).filter(route -> route.state() == RouteState.RUNNING)
                .map(RouteDeadlines::deadlines).orElse(List.of());
    }

    /** The deadlines of every waiting task of every running route: what a starting node makes sure is planned. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TaskDeadline> openDeadlines() {
        return routes.withDeadlines().stream().flatMap(route -> deadlines(route).stream()).toList();
    }

    private static List<TaskDeadline> deadlines(ApprovalRoute route) {
        return route.pending().stream().filter(task -> task.due() != null && task.id() != null)
                .map(task -> new TaskDeadline(route.agreementId(), task.id(), task.openedAt(), task.due(),
                        task.remindedAt() != null, task.escalatedAt() != null))
                .toList();
    }

    private void record(RouteStep step, ApprovalRoute route, Map<String, Object> details) {
        Long version = agreements.find(route.agreementId()).map(Agreement::version).orElse(null);
        recorded.fire(new RouteRecorded(step, route.agreementId(), version, route.contentHash(), SYSTEM, details));
    }
}
