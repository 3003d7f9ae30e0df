package org.pactum.web.routing.setup;

import java.util.Map;

import org.pactum.domain.route.RouteStage;
import org.pactum.domain.route.RouteTemplate;
import org.pactum.web.forms.FieldPath;
import org.pactum.web.forms.Place;

/**
 * Where the route editor shows the domain's refusal of a route: beside the route's own fields ({@code code},
 * {@code name}, …) or beside a stage's ({@code stages:1:quorum}), each in a sentence saying what the field takes.
 */
final class RoutePlaces {

    private RoutePlaces() {
    }

    static Map<String, Place> of(RouteFields form) {
        return Map.ofEntries(
                Map.entry("code", Place.field("code", "routeEdit.problem.code")),
                Map.entry("name", Place.field("name", "routeEdit.problem.name")),
                Map.entry("stages", Place.field(path -> "stages", "routeEdit.problem.stages",
                        path -> new Object[] {RouteTemplate.MAX_STAGES})),
                Map.entry("resubmission", Place.field("resubmission", "routeEdit.problem.resubmission")),
                Map.entry("kinds", Place.field("kinds", "routeEdit.problem.kinds")),
                Map.entry("defaultFor", Place.field("defaultFor", "routeEdit.problem.defaultFor")),
                stage("name", "routeEdit.problem.stageName"),
                stage("approvers", "routeEdit.problem.approvers"),
                stage("rule", "routeEdit.problem.rule"),
                Map.entry("stages[].quorum", Place.field(path -> stageField(path, "quorum"),
                        "routeEdit.problem.quorum", path -> new Object[] {path.index() + 1,
                                form.hasStage(path.index()) ? Math.max(1, form.stage(path.index()).getAsked()) : 1})),
                stage("deadline", "routeEdit.problem.deadline"),
                stage("escalateTo", "routeEdit.problem.escalateTo"));
    }

    private static Map.Entry<String, Place> stage(String field, String key) {
        return Map.entry("stages[]." + field, Place.field(path -> stageField(path, field), key,
                path -> new Object[] {path.index() + 1, RouteStage.MAX_APPROVERS}));
    }

    private static String stageField(FieldPath path, String field) {
        return "stages:" + path.index() + ":" + field;
    }
}
