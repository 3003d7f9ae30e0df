package org.pactum.web.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pactum.domain.route.ApprovalRoute;
import org.pactum.domain.route.ApprovalTask;
import org.pactum.domain.route.RouteStage;
import org.pactum.domain.route.RouteState;
import org.pactum.domain.route.StagesCodec;
import org.pactum.web.json.LocalizedJson;

/**
 * An agreement's route: its stages as copied at submission, where it stands, and every task of every round with its
 * decision — who decided, on whose behalf, on which revision.
 *
 * @param currentStage the waiting stage's place from 1, or null when the route is not running
 */
public record AgreementRouteJson(long agreementId, String route, Map<String, String> routeName, String state,
                                 int round, int revision, String contentHash, Integer currentStage,
                                 String resubmission, boolean openThreadsBlock, List<StageJson> stages,
                                 Instant startedAt, Instant finishedAt) {

    /** One stage with its rule and its tasks, oldest first. */
    public record StageJson(int number, Map<String, Object> definition, List<TaskJson> tasks) {
    }

    /** One person's task: {@code decidedBy} differs from {@code assignee} when a deputy decided for them. */
    public record TaskJson(Long id, int round, String assignee, String onBehalfOf, String state, Instant openedAt,
                           Instant due, String decidedBy, String remark, Integer revision, Instant decidedAt,
                           Instant remindedAt, Instant escalatedAt) {

        static TaskJson of(ApprovalTask task) {
            return new TaskJson(task.id(), task.round(), task.assignee(), task.onBehalfOf(), task.state().name(),
                    task.openedAt(), task.due(), task.decidedBy(), task.remark(), task.revision(), task.decidedAt(),
                    task.remindedAt(), task.escalatedAt());
        }
    }

    static AgreementRouteJson of(ApprovalRoute route) {
        List<RouteStage> definitions = route.stages();
        List<StageJson> stages = new ArrayList<>();
        for (int index = 0; index < definitions.size(); index++) {
            int at = index;
            stages.add(new StageJson(index + 1, StagesCodec.toJson(definitions.get(index)), route.tasks().stream()
                    .filter(task -> task.stage() == at).map(TaskJson::of).toList()));
        }
        boolean running = route.state() == RouteState.RUNNING;
        return new AgreementRouteJson(route.agreementId(), route.routeCode(), LocalizedJson.of(route.routeName()),
                route.state().name(), route.round(), route.revision(), route.contentHash(),
                running ? route.currentStage() + 1 : null, route.resubmission().name(), route.openThreadsBlock(),
                stages, route.startedAt(), route.finishedAt());
    }
}
