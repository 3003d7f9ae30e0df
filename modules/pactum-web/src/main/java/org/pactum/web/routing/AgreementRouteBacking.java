package org.pactum.web.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.route.ApprovalRoute;
import org.pactum.domain.route.ApprovalTask;
import org.pactum.domain.route.RouteStage;
import org.pactum.domain.route.RouteState;
import org.pactum.routing.boundary.Routing;
import org.pactum.web.agreement.AgreementBacking;
import org.pactum.web.agreement.AgreementDetails;
import org.pactum.web.faces.DateDisplay;
import org.pactum.web.faces.LanguageBacking;
import org.pactum.web.faces.People;
import org.pactum.web.faces.Shown;

/**
 * The agreement page's approval route: each stage with its rule, who was asked, who decided what — on whose behalf,
 * on which revision, with which remark — and which stage waits now.
 */
@Named
@RequestScoped
public class AgreementRouteBacking {

    @Inject
    AgreementBacking agreementPage;

    @Inject
    Routing routing;

    @Inject
    People people;

    @Inject
    LanguageBacking language;

    @Inject
    DateDisplay dates;

    private Optional<ApprovalRoute> route;

    public boolean isShown() {
        return route().isPresent();
    }

    public Shown getName() {
        return route().map(found -> Shown.of(found.routeName(), language.getLanguage())).orElse(null);
    }

    /** The route's state, for the message key {@code route.state.<state>}. */
    public String getState() {
        return route().map(found -> found.state().name()).orElse(null);
    }

    public int getRound() {
        return route().map(ApprovalRoute::round).orElse(0);
    }

    public int getRevision() {
        return route().map(ApprovalRoute::revision).orElse(0);
    }

    public List<StageLine> getStages() {
        ApprovalRoute found = route().orElse(null);
        if (found == null) {
            return List.of();
        }
        Instant now = Instant.now();
        List<StageLine> stages = new ArrayList<>();
        for (int index = 0; index < found.stages().size(); index++) {
            int at = index;
            RouteStage stage = found.stages().get(index);
            int lastRound = found.tasks().stream().filter(task -> task.stage() == at).mapToInt(ApprovalTask::round)
                    .max().orElse(0);
            List<DecisionLine> lines = found.tasks().stream()
                    .filter(task -> task.stage() == at && task.round() == lastRound)
                    .sorted(Comparator.comparing(ApprovalTask::openedAt)).map(task -> line(task, now)).toList();
            stages.add(new StageLine(index + 1, Shown.of(stage.name(), language.getLanguage()),
                    "route.rule." + stage.rule().name(), stage.quorum(), deadline(stage.deadline()),
                    stateOf(found, index), lines));
        }
        return stages;
    }

    private static String stateOf(ApprovalRoute route, int index) {
        if (route.state() == RouteState.APPROVED || index < route.currentStage()) {
            return "passed";
        }
        return index == route.currentStage() && route.state() == RouteState.RUNNING ? "current" : "ahead";
    }

    private DecisionLine line(ApprovalTask task, Instant now) {
        boolean deputy = task.decidedBy() != null && task.state().isDecision()
                && !task.decidedBy().equals(task.assignee());
        return new DecisionLine(people.nameOf(task.assignee()),
                task.onBehalfOf() == null ? null : people.nameOf(task.onBehalfOf()), task.state().name(),
                deputy ? people.nameOf(task.decidedBy()) : null, task.remark(),
                task.decidedAt() == null ? null : dates.dateTime(task.decidedAt()), task.revision(),
                task.due() == null || !task.isPending() ? null : dates.dateTime(task.due()), task.isOverdue(now));
    }

    /** Whole days where the deadline is some, else hours. */
    private static StageLine.Deadline deadline(Duration deadline) {
        if (deadline == null) {
            return null;
        }
        return deadline.toHours() % 24 == 0 ? new StageLine.Deadline(deadline.toDays(), "days")
                : new StageLine.Deadline(deadline.toHours(), "hours");
    }

    private Optional<ApprovalRoute> route() {
        if (route == null) {
            AgreementDetails agreement = agreementPage.getAgreement();
            route = agreement == null ? Optional.empty() : routing.routeOf(agreement.id());
        }
        return route;
    }
}
