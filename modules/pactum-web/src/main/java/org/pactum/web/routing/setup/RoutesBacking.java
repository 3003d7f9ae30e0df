package org.pactum.web.routing.setup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.route.Approver;
import org.pactum.domain.route.RouteStage;
import org.pactum.domain.route.RouteTemplate;
import org.pactum.routing.boundary.RouteAdministration;
import org.pactum.web.faces.LanguageBacking;
import org.pactum.web.faces.People;
import org.pactum.web.faces.Shown;

/** The administrators' list of routes: each with the kinds it serves and is the default for, and its stages. */
@Named
@RequestScoped
public class RoutesBacking {

    @Inject
    RouteAdministration administration;

    @Inject
    ApproverChoices choices;

    @Inject
    People people;

    @Inject
    LanguageBacking language;

    private List<RouteRow> rows;

    public List<RouteRow> getRows() {
        if (rows == null) {
            rows = administration.routes().stream().map(this::row).toList();
        }
        return rows;
    }

    private RouteRow row(RouteTemplate route) {
        List<StageSummary> stages = new ArrayList<>();
        for (RouteStage stage : route.stages()) {
            stages.add(new StageSummary(stages.size() + 1, Shown.of(stage.name(), language.getLanguage()),
                    stage.rule().name(), stage.quorum(), asks(stage), deadline(stage.deadline())));
        }
        return new RouteRow(route.code(), Shown.of(route.name(), language.getLanguage()),
                route.defaultFor().stream().sorted().map(Enum::name).toList(),
                route.kinds().stream().sorted().map(Enum::name).toList(), stages, route.resubmission().name(),
                route.openThreadsBlock());
    }

    private String asks(RouteStage stage) {
        return String.join(", ", stage.approvers().stream().map(approver -> approver.kind() == Approver.Kind.GROUP
                ? choices.groupName(approver.name()) : people.nameOf(approver.name())).toList());
    }

    /** Whole days where the deadline is some, else hours, as the agreement page's route says it. */
    static StageSummary.Deadline deadline(Duration deadline) {
        if (deadline == null) {
            return null;
        }
        return deadline.toHours() % 24 == 0 ? new StageSummary.Deadline(deadline.toDays(), "days")
                : new StageSummary.Deadline(deadline.toHours(), "hours");
    }
}
