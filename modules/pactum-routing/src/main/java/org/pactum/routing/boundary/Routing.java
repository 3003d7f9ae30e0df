package org.pactum.routing.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementFingerprint;
import org.pactum.domain.agreement.IllegalTransitionException;
import org.pactum.domain.agreement.LifecycleAction;
import org.pactum.domain.audit.AgreementRecorded;
import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.comment.Comments;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.route.Absence;
import org.pactum.domain.route.Absences;
import org.pactum.domain.route.ApprovalRoute;
import org.pactum.domain.route.ApprovalRoutes;
import org.pactum.domain.route.ApprovalTask;
import org.pactum.domain.route.Approver;
import org.pactum.domain.route.DecisionKind;
import org.pactum.domain.route.NotOnRouteException;
import org.pactum.domain.route.RouteProgress;
import org.pactum.domain.route.RouteRecorded;
import org.pactum.domain.route.RouteState;
import org.pactum.domain.route.RouteStep;
import org.pactum.domain.route.RouteTemplate;
import org.pactum.domain.route.RouteTemplates;
import org.pactum.registry.boundary.AgreementRegistry;
import org.pactum.routing.control.RouteDetails;
import org.pactum.routing.entity.PendingTask;

/**
 * Approval along a route. Submitting puts the agreement on its route (or on the one the drafter chose among those its
 * kind allows), each decision is taken on the route — locked, so a stage passes exactly once however many approvers
 * answer at the same instant — and only the route moves the agreement to approved, returned or rejected. Every step
 * is an audit event in the transaction that takes it.
 */
@ApplicationScoped
@Transactional
public class Routing {

    @Inject
    AgreementRegistry registry;

    @Inject
    ApprovalRoutes routes;

    @Inject
    RouteTemplates templates;

    @Inject
    Absences absences;

    @Inject
    Comments comments;

    @Inject
    ApproverAccounts directory;

    @Inject
    Event<RouteRecorded> recorded;

    @Inject
    @ConfigProperty(name = "pactum.ui.time-zone", defaultValue = "Asia/Omsk")
    String timeZone;

    Clock clock = Clock.systemUTC();

    /**
     * Submits the agreement for approval: on the route named, or its kind's default; an agreement coming back from
     * revision goes on along the route it was on.
     *
     * @param routeCode the route the drafter chose, or null for the kind's default
     */
    public Agreement submit(long agreementId, long expectedVersion, String routeCode, String actor) {
        Agreement agreement = registry.get(agreementId);
        Optional<ApprovalRoute> existing = routes.lockOfAgreement(agreementId);
        Agreement submitted = registry.routed(agreementId, LifecycleAction.SUBMIT, expectedVersion, null, actor);
        String contentHash = AgreementFingerprint.of(submitted);
        Instant now = clock.instant();
        ApprovalRoute route;
        RouteStep step;
        if (existing.isPresent() && existing.get().state() == RouteState.RETURNED) {
            route = existing.get();
            route.resubmit(submitted.revision(), contentHash, directory, now);
            step = RouteStep.RESUBMITTED;
        } else if (existing.isPresent()) {
            throw new NotOnRouteException("the agreement's route is " + existing.get().state().name().toLowerCase(Locale.ROOT)
                    + " and does not run again");
        } else {
            route = routes.add(ApprovalRoute.start(agreementId, agreement.createdBy(), templateFor(agreement, routeCode),
                    submitted.revision(), contentHash, directory, now));
            step = RouteStep.STARTED;
        }
        routes.flush();
        record(step, route, submitted, actor, RouteDetails.of(route));
        return afterRoute(route, submitted, actor, null);
    }

    /**
     * One approver's decision on the revision they read.
     *
     * @param revision the revision the decision is about; refused when the route has moved to another
     */
    public ApprovalRoute decide(long agreementId, DecisionKind kind, int revision, String remark, String actor) {
        Agreement agreement = registry.get(agreementId);
        LifecycleAction step = switch (kind) {
            case APPROVE -> LifecycleAction.APPROVE;
            case RETURN -> LifecycleAction.RETURN;
            case REJECT -> LifecycleAction.REJECT;
        };
        if (!step.isAllowedFrom(agreement.status())) {
            throw new IllegalTransitionException(agreement.status(), step);
        }
        ApprovalRoute route = routes.lockOfAgreement(agreementId)
                .orElseThrow(() -> new NotOnRouteException("the agreement is on no approval route"));
        Instant now = clock.instant();
        RouteProgress progress = route.decide(actor, standsInFor(actor, now), kind, revision, remark,
                hasOpenThreads(agreementId), directory, now);
        routes.flush();
        ApprovalTask decided = route.tasks().stream().filter(task -> actor.equals(task.decidedBy()))
                .filter(task -> task.state().isDecision()).filter(task -> task.round() == route.round())
                .reduce((first, second) -> second).orElseThrow();
        Map<String, Object> details = RouteDetails.of(route, decided);
        details.put("decision", kind.name());
        details.put("progress", progress.name());
        record(RouteStep.DECIDED, route, agreement, actor, details);
        afterRoute(route, agreement, actor, decided.remark());
        return route;
    }

    /** Hands a pending task to someone else, who decides on behalf of the person it was meant for. */
    public ApprovalTask delegate(long taskId, String to, String remark, String actor) {
        ApprovalRoute route = routes.withPendingTaskFor(actor).stream()
                .filter(candidate -> candidate.pending().stream().anyMatch(task -> task.id() == taskId))
                .findFirst().flatMap(candidate -> routes.lockOfAgreement(candidate.agreementId()))
                .orElseThrow(() -> new NotFoundException("Task", taskId));
        if (to != null && Approver.isName(to.strip()) && directory.accountsOf(Approver.user(to.strip())).isEmpty()) {
            throw new InvalidInputException("to", Rule.UNKNOWN, "is no active account");
        }
        ApprovalTask handed = route.delegate(taskId, actor, to, remark, clock.instant());
        routes.flush();
        Map<String, Object> details = RouteDetails.of(route, handed);
        details.put("delegatedFrom", actor);
        details.put("remark", remark == null || remark.isBlank() ? null : remark.strip());
        record(RouteStep.DELEGATED, route, registry.get(route.agreementId()), actor, details);
        return handed;
    }

    /** The caller's pending tasks, and those of absent approvers they stand in for, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PendingTask> tasksOf(String account) {
        Instant now = clock.instant();
        Set<String> deputyFor = standsInFor(account, now);
        List<PendingTask> tasks = new ArrayList<>();
        for (ApprovalRoute route : routes.withPendingTaskFor(account)) {
            route.pendingFor(account).forEach(task -> tasks.add(pending(route, task, null)));
        }
        for (String absent : deputyFor) {
            for (ApprovalRoute route : routes.withPendingTaskFor(absent)) {
                route.pendingFor(absent).forEach(task -> tasks.add(pending(route, task, absent)));
            }
        }
        tasks.sort(Comparator.comparing(PendingTask::openedAt).thenComparing(PendingTask::taskId));
        return tasks;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ApprovalRoute> routeOf(long agreementId) {
        registry.get(agreementId);
        return routes.ofAgreement(agreementId);
    }

    /** A withdrawn agreement asks nobody any more. Runs in the registry's transaction. */
    void onAgreement(@Observes AgreementRecorded change) {
        if (change.action() != AuditAction.AGREEMENT_WITHDRAWN) {
            return;
        }
        routes.lockOfAgreement(change.agreement().id()).filter(route -> route.state() == RouteState.RUNNING
                || route.state() == RouteState.RETURNED).ifPresent(route -> {
                    route.withdraw(change.actor(), clock.instant());
                    routes.flush();
                    record(RouteStep.WITHDRAWN, route, change.agreement(), change.actor(), RouteDetails.of(route));
                });
    }

    private Agreement afterRoute(ApprovalRoute route, Agreement agreement, String actor, String remark) {
        LifecycleAction action = switch (route.state()) {
            case APPROVED -> LifecycleAction.APPROVE;
            case RETURNED -> LifecycleAction.RETURN;
            case REJECTED -> LifecycleAction.REJECT;
            default -> null;
        };
        if (action == null || !action.isAllowedFrom(agreement.status())) {
            return agreement;
        }
        // An approval's remark stays a remark on its task (route, approval sheet); only a return or a rejection gives
        // the agreement a reason, which its page shows as a warning.
        return registry.routed(agreement.id(), action, agreement.version(), action.needsReason() ? remark : null, actor);
    }

    private RouteTemplate templateFor(Agreement agreement, String routeCode) {
        if (routeCode != null && !routeCode.isBlank()) {
            RouteTemplate chosen = templates.find(routeCode.strip())
                    .orElseThrow(() -> new InvalidInputException("route", Rule.UNKNOWN, "no route " + routeCode));
            if (!chosen.serves(agreement.kind())) {
                throw new InvalidInputException("route", Rule.MISMATCH, "the route " + routeCode
                        + " does not serve " + agreement.kind());
            }
            return chosen;
        }
        return templates.all().stream().filter(template -> template.isDefaultFor(agreement.kind())).findFirst()
                .orElseThrow(() -> new InvalidInputException("route", Rule.REQUIRED, "no route is the default for "
                        + agreement.kind() + ": choose one"));
    }

    private Set<String> standsInFor(String deputy, Instant now) {
        ZoneId zone = ZoneId.of(timeZone);
        return absences.withDeputy(deputy).stream().filter(absence -> absence.covers(now, zone))
                .map(Absence::account).collect(Collectors.toSet());
    }

    private boolean hasOpenThreads(long agreementId) {
        return comments.onAgreement(agreementId).stream().anyMatch(comment -> comment.startsThread()
                && !comment.resolved());
    }

    private PendingTask pending(ApprovalRoute route, ApprovalTask task, String deputyFor) {
        Agreement agreement = registry.get(route.agreementId());
        return new PendingTask(task.id(), agreement.id(), agreement.number(), agreement.title(), route.revision(),
                task.stage() + 1, route.stages().size(), route.stages().get(task.stage()).name(), task.openedAt(),
                task.due(), task.onBehalfOf(), deputyFor);
    }

    private void record(RouteStep step, ApprovalRoute route, Agreement agreement, String actor,
                        Map<String, Object> details) {
        recorded.fire(new RouteRecorded(step, route.agreementId(), agreement.version(), route.contentHash(), actor,
                details));
    }
}
