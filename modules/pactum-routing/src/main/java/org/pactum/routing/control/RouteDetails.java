package org.pactum.routing.control;

import java.util.LinkedHashMap;
import java.util.Map;

import org.pactum.domain.language.Language;
import org.pactum.domain.route.ApprovalRoute;
import org.pactum.domain.route.ApprovalTask;

/** What the audit trail keeps of a route step: enough to reprint the approval sheet from the trail alone. */
public final class RouteDetails {

    private RouteDetails() {
    }

    public static Map<String, Object> of(ApprovalRoute route) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("route", route.routeCode());
        details.put("round", route.round());
        details.put("revision", route.revision());
        details.put("state", route.state().name());
        if (route.currentStage() < route.stages().size()) {
            details.put("stage", route.currentStage() + 1);
            details.put("stageName", route.stages().get(route.currentStage()).name().preferring(Language.RU));
        }
        return details;
    }

    public static Map<String, Object> of(ApprovalRoute route, ApprovalTask task) {
        Map<String, Object> details = of(route);
        details.put("stage", task.stage() + 1);
        details.put("stageName", route.stages().get(task.stage()).name().preferring(Language.RU));
        details.put("task", task.id());
        details.put("assignee", task.assignee());
        details.put("onBehalfOf", task.onBehalfOf());
        details.put("taskState", task.state().name());
        details.put("decidedBy", task.decidedBy());
        details.put("remark", task.remark());
        details.put("due", task.due() == null ? null : task.due().toString());
        return details;
    }
}
