package org.pactum.web.routing.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.route.Approver;
import org.pactum.domain.route.StageRule;
import org.pactum.routing.boundary.RouteAdministration.RouteDefinition;
import org.pactum.web.forms.FormProblems;

/** The route editor's form: what it hands the administration, and where the domain's refusals are shown. */
class RouteFieldsTest {

    /** The legal department has two members; a person is themselves. */
    private static final Function<Approver, Set<String>> ACCOUNTS = approver ->
            approver.kind() == Approver.Kind.GROUP ? Set.of("approver1", "approver3") : Set.of(approver.name());

    @Test
    void a_quorum_of_one_of_a_group_then_a_deputy_with_a_deadline_in_hours_becomes_the_definition() {
        RouteFields form = twoStages("1");

        RouteDefinition definition = form.toDefinition("pair", ACCOUNTS);

        assertEquals(StageRule.QUORUM, definition.stages().get(0).rule());
        assertEquals(1, definition.stages().get(0).quorum());
        assertEquals(List.of(Approver.group("legal")), definition.stages().get(0).approvers());
        assertEquals(Duration.ofHours(36), definition.stages().get(1).deadline());
        assertEquals("approver1", definition.stages().get(1).escalateTo());
    }

    @Test
    void a_quorum_above_the_people_a_stage_asks_is_refused_at_that_stage_with_the_route_problems_too() {
        RouteFields form = twoStages("3");
        form.getName().clear();

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> form.toDefinition("pair", ACCOUNTS));

        List<String> fields = refused.errors().stream().map(FieldError::field).toList();
        assertTrue(fields.contains("stages[0].quorum") && fields.contains("name"), fields.toString());
        assertEquals(2, form.stage(0).getAsked());
    }

    @Test
    void each_problem_is_shown_beside_its_field_in_the_stage_it_belongs_to() {
        RouteFields form = twoStages("x");
        form.getStages().get(1).setDeadline("");
        form.getStages().get(1).getName().clear();
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> form.toDefinition("pair", ACCOUNTS));

        List<String> elsewhere = form.mark(new FormProblems(RoutePlaces.of(form),
                (key, arguments) -> key + List.of(arguments)).of(refused.errors()));

        assertEquals(List.of(), elsewhere);
        assertEquals("routeEdit.problem.quorum[1, 2]", form.stage(0).getProblems().get("quorum"));
        assertEquals("routeEdit.problem.stageName[2, 50]", form.stage(1).getProblems().get("name"));
        assertEquals("routeEdit.problem.escalateTo[2, 50]", form.stage(1).getProblems().get("escalateTo"));
    }

    @Test
    void stages_move_up_and_down_and_are_removed_with_what_was_typed() {
        RouteFields form = twoStages("1");
        form.moveStage(1, -1);
        assertEquals("Заместитель", form.stage(0).getName().get("ru"));
        form.moveStage(0, -1);
        assertEquals("Заместитель", form.stage(0).getName().get("ru"), "the first stays first");
        form.removeStage(0);
        assertEquals(List.of("legal"), form.stage(0).getGroups());
    }

    @Test
    void a_deadline_that_is_no_number_is_refused_as_malformed() {
        RouteFields form = twoStages("1");
        form.getStages().get(1).setDeadline("two");

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> form.toDefinition("pair", ACCOUNTS));

        assertTrue(refused.errors().contains(new FieldError("stages[1].deadline", Rule.MALFORMED, "a whole number")),
                refused.errors().toString());
    }

    private static RouteFields twoStages(String quorum) {
        RouteFields form = RouteFields.blank();
        form.getName().putAll(Map.of("ru", "Юристы, затем заместитель"));
        StageFields legal = form.getStages().get(0);
        legal.getName().put("ru", "Правовая экспертиза");
        legal.setGroups(List.of("legal"));
        legal.setRule("QUORUM");
        legal.setQuorum(quorum);
        form.addStage();
        StageFields deputy = form.getStages().get(1);
        deputy.getName().put("ru", "Заместитель");
        deputy.setUsers(List.of("approver2"));
        deputy.setDeadline("36");
        deputy.setDeadlineUnit("hours");
        deputy.setEscalateTo("approver1");
        return form;
    }
}
