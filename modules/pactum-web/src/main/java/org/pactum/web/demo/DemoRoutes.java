package org.pactum.web.demo;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.LifecycleAction;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.route.ApprovalRoute;
import org.pactum.domain.route.ApprovalTask;
import org.pactum.domain.route.Approver;
import org.pactum.domain.route.DecisionKind;
import org.pactum.domain.route.ResubmissionMode;
import org.pactum.domain.route.RouteStage;
import org.pactum.domain.route.RouteState;
import org.pactum.domain.route.StageRule;
import org.pactum.registry.boundary.AgreementRegistry;
import org.pactum.routing.boundary.RouteAdministration;
import org.pactum.routing.boundary.RouteAdministration.RouteDefinition;
import org.pactum.routing.boundary.Routing;

/**
 * The demo's approval set-up — the legal department (approver1), then the deputy head (approver2) — and the demo
 * agreements' way along it, taken through the same routing every user goes through.
 */
@ApplicationScoped
public class DemoRoutes {

    static final String STANDARD = "standard";
    static final String LEGAL_ONLY = "legal-only";

    @Inject
    RouteAdministration administration;

    @Inject
    Routing routing;

    @Inject
    AgreementRegistry registry;

    void addRoutes() {
        administration.putGroup("legal-department", LocalizedText.of("Правовое управление", "Құқық басқармасы",
                "Legal department"), Set.of("approver1"), "admin");
        administration.putGroup("deputy-heads", LocalizedText.of("Заместитель главы", "Әкім орынбасары",
                "Deputy head"), Set.of("approver2"), "admin");
        RouteStage legal = new RouteStage(LocalizedText.of("Правовое управление", "Құқық басқармасы",
                "Legal department"), List.of(Approver.group("legal-department")), StageRule.ALL, 0,
                Duration.ofDays(3), "approver2");
        RouteStage deputy = new RouteStage(LocalizedText.of("Заместитель главы", "Әкім орынбасары", "Deputy head"),
                List.of(Approver.group("deputy-heads")), StageRule.ANY, 0, Duration.ofDays(2), null);
        administration.create(new RouteDefinition(STANDARD, LocalizedText.of("Правовое управление → заместитель главы",
                "Құқық басқармасы → әкім орынбасары", "Legal department → deputy head"), List.of(legal, deputy),
                ResubmissionMode.RESTART, false, EnumSet.allOf(AgreementKind.class),
                EnumSet.allOf(AgreementKind.class)), "admin");
        administration.create(new RouteDefinition(LEGAL_ONLY, LocalizedText.of("Только правовое управление",
                "Тек құқық басқармасы", "Legal department only"), List.of(legal), ResubmissionMode.REMAINING, true,
                EnumSet.of(AgreementKind.MEMORANDUM_OF_COOPERATION, AgreementKind.PROTOCOL_OF_INTENT),
                EnumSet.noneOf(AgreementKind.class)), "admin");
    }

    /**
     * Takes a lifecycle step of the demo's script along the route: submitting, or {@code actor}'s decision — with
     * the earlier stages approved by whoever they ask, and for an approval the later ones too, so "approved by X"
     * in the script means the agreement ends up approved.
     */
    Agreement take(Agreement agreement, LifecycleAction action, String actor, String reason) {
        long id = agreement.id();
        if (action == LifecycleAction.SUBMIT) {
            return routing.submit(id, agreement.version(), null, actor);
        }
        DecisionKind kind = switch (action) {
            case RETURN -> DecisionKind.RETURN;
            case REJECT -> DecisionKind.REJECT;
            default -> DecisionKind.APPROVE;
        };
        boolean decided = false;
        ApprovalRoute route = routing.routeOf(id).orElseThrow();
        while (route.state() == RouteState.RUNNING && !(decided && kind != DecisionKind.APPROVE)) {
            List<ApprovalTask> pending = route.pending();
            boolean asked = pending.stream().anyMatch(task -> task.assignee().equals(actor));
            String decider = asked && !decided ? actor : pending.getFirst().assignee();
            boolean theirs = decider.equals(actor) && !decided;
            route = routing.decide(id, theirs ? kind : DecisionKind.APPROVE, route.revision(),
                    theirs ? reason : null, decider);
            decided |= theirs;
        }
        return registry.get(id);
    }
}
