package org.pactum.domain.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.language.LocalizedText;

class ApprovalRouteTest {

    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");
    private static final String HASH = "c0ffee";

    /** The legal department has three lawyers; the deputy heads are two. */
    private static final ApproverDirectory DIRECTORY = approver -> switch (approver.kind()) {
        case USER -> Set.of(approver.name());
        case GROUP -> Map.of("legal", Set.of("lawyer1", "lawyer2", "lawyer3"), "deputies", Set.of("deputy1", "deputy2"),
                "nobody", Set.<String>of()).getOrDefault(approver.name(), Set.of());
    };

    @Test
    void under_all_every_approver_decides_and_the_last_approval_passes_the_stage() {
        ApprovalRoute route = start(ResubmissionMode.RESTART, stage("Правовое управление", StageRule.ALL, 0,
                Approver.group("legal")), stage("Заместитель главы", StageRule.ANY, 0, Approver.user("deputy1")));

        assertEquals(RouteProgress.WAITING, approve(route, "lawyer1"));
        assertEquals(RouteProgress.WAITING, approve(route, "lawyer3"));
        assertEquals(0, route.currentStage());
        assertEquals(RouteProgress.STAGE_PASSED, approve(route, "lawyer2"));

        assertEquals(1, route.currentStage());
        assertEquals(List.of("deputy1"), route.pending().stream().map(ApprovalTask::assignee).toList());
        assertEquals(RouteProgress.APPROVED, approve(route, "deputy1"));
        assertEquals(RouteState.APPROVED, route.state());
    }

    @Test
    void under_any_the_first_answer_decides_and_the_others_are_no_longer_asked() {
        ApprovalRoute route = start(ResubmissionMode.RESTART, stage("Юристы", StageRule.ANY, 0,
                Approver.group("legal")));

        assertEquals(RouteProgress.APPROVED, approve(route, "lawyer2"));

        assertTrue(route.pending().isEmpty());
        assertEquals(2, route.tasks().stream().filter(task -> task.state() == TaskState.CLOSED).count());
        assertThrows(NotOnRouteException.class, () -> approve(route, "lawyer1"));
    }

    @Test
    void under_a_quorum_the_stage_passes_with_n_of_m_approvals() {
        ApprovalRoute route = start(ResubmissionMode.RESTART, stage("Юристы", StageRule.QUORUM, 2,
                Approver.group("legal")));

        assertEquals(RouteProgress.WAITING, approve(route, "lawyer3"));
        assertEquals(RouteProgress.APPROVED, approve(route, "lawyer1"));
    }

    @Test
    void one_return_sends_the_agreement_back_and_restart_asks_everyone_again_on_the_new_revision() {
        ApprovalRoute route = start(ResubmissionMode.RESTART, stage("Юристы", StageRule.ALL, 0,
                Approver.user("lawyer1"), Approver.user("lawyer2")), stage("Зам", StageRule.ANY, 0,
                Approver.user("deputy1")));
        approve(route, "lawyer1");

        assertEquals(RouteProgress.RETURNED, route.decide("lawyer2", Set.of(), DecisionKind.RETURN, 1,
                "Уточнить срок", false, DIRECTORY, T0));
        assertEquals(RouteState.RETURNED, route.state());
        assertTrue(route.pending().isEmpty());

        route.resubmit(2, "beef", DIRECTORY, T0.plusSeconds(60));
        assertEquals(2, route.round());
        assertEquals(Set.of("lawyer1", "lawyer2"), assignees(route));
        assertThrows(StaleRevisionException.class, () -> route.decide("lawyer1", Set.of(), DecisionKind.APPROVE, 1,
                null, false, DIRECTORY, T0));
        assertEquals(RouteProgress.WAITING, route.decide("lawyer1", Set.of(), DecisionKind.APPROVE, 2, null, false,
                DIRECTORY, T0));
    }

    @Test
    void remaining_asks_only_those_who_had_not_approved_and_keeps_the_revision_each_approval_was_given_on() {
        ApprovalRoute route = start(ResubmissionMode.REMAINING, stage("Юристы", StageRule.ALL, 0,
                Approver.user("lawyer1"), Approver.user("lawyer2")), stage("Зам", StageRule.ANY, 0,
                Approver.user("deputy1")));
        approve(route, "lawyer1");
        route.decide("lawyer2", Set.of(), DecisionKind.RETURN, 1, "Уточнить срок", false, DIRECTORY, T0);

        route.resubmit(2, "beef", DIRECTORY, T0.plusSeconds(60));

        assertEquals(Set.of("lawyer2"), assignees(route));
        assertEquals(RouteProgress.STAGE_PASSED, route.decide("lawyer2", Set.of(), DecisionKind.APPROVE, 2, null,
                false, DIRECTORY, T0));
        ApprovalTask carried = route.tasks().stream().filter(task -> task.state() == TaskState.APPROVED)
                .filter(task -> task.assignee().equals("lawyer1")).findFirst().orElseThrow();
        assertEquals(1, carried.revision());
    }

    @Test
    void remaining_passes_a_stage_at_once_when_its_earlier_approvals_suffice() {
        ApprovalRoute route = start(ResubmissionMode.REMAINING, stage("Юристы", StageRule.ANY, 0,
                Approver.group("legal")), stage("Зам", StageRule.ANY, 0, Approver.user("deputy1")));
        approve(route, "lawyer1");
        route.decide("deputy1", Set.of(), DecisionKind.RETURN, 1, "Нет приложения", false, DIRECTORY, T0);

        route.resubmit(2, "beef", DIRECTORY, T0);

        assertEquals(1, route.currentStage());
        assertEquals(Set.of("deputy1"), assignees(route));
    }

    @Test
    void the_author_never_decides_on_their_own_draft_and_is_not_asked_even_as_a_member_of_the_group() {
        ApprovalRoute route = ApprovalRoute.start(7, "lawyer1", template(ResubmissionMode.RESTART,
                stage("Юристы", StageRule.ALL, 0, Approver.group("legal"))), 1, HASH, DIRECTORY, T0);

        assertEquals(Set.of("lawyer2", "lawyer3"), assignees(route));
        assertThrows(NotEntitledToDecideException.class, () -> approve(route, "lawyer1"));
    }

    @Test
    void nobody_outside_the_stage_decides_and_nobody_decides_twice() {
        ApprovalRoute route = start(ResubmissionMode.RESTART, stage("Юристы", StageRule.ALL, 0,
                Approver.group("legal")));

        assertThrows(NotEntitledToDecideException.class, () -> approve(route, "deputy1"));
        approve(route, "lawyer1");
        assertThrows(AlreadyDecidedException.class, () -> approve(route, "lawyer1"));
    }

    @Test
    void returning_and_rejecting_say_why_and_open_threads_hold_approval_back_where_the_route_says_so() {
        RouteTemplate strict = RouteTemplate.define("strict", LocalizedText.of("Строгий", "Қатаң", "Strict"),
                List.of(stage("Юристы", StageRule.ANY, 0, Approver.user("lawyer1"))), ResubmissionMode.RESTART, true,
                EnumSet.of(AgreementKind.COOPERATION_AGREEMENT), Set.of());
        ApprovalRoute route = ApprovalRoute.start(7, "drafter", strict, 1, HASH, DIRECTORY, T0);

        assertThrows(InvalidInputException.class, () -> route.decide("lawyer1", Set.of(), DecisionKind.RETURN, 1,
                " ", false, DIRECTORY, T0));
        assertThrows(OpenThreadsException.class, () -> route.decide("lawyer1", Set.of(), DecisionKind.APPROVE, 1,
                null, true, DIRECTORY, T0));
        assertEquals(RouteProgress.REJECTED, route.decide("lawyer1", Set.of(), DecisionKind.REJECT, 1,
                "Не нужен", true, DIRECTORY, T0));
    }

    @Test
    void a_delegated_task_is_decided_by_the_delegate_on_behalf_of_the_approver() {
        ApprovalRoute route = start(ResubmissionMode.RESTART, stage("Зам", StageRule.ALL, 0,
                Approver.user("deputy1")));
        ApprovalTask task = withIds(route).pendingFor("deputy1").getFirst();

        ApprovalTask handed = route.delegate(task.id(), "deputy1", "deputy2", "В отпуске", T0);

        assertEquals("deputy2", handed.assignee());
        assertEquals("deputy1", handed.onBehalfOf());
        assertEquals(TaskState.DELEGATED, task.state());
        assertThrows(NotEntitledToDecideException.class, () -> approve(route, "deputy1"));
        assertEquals(RouteProgress.APPROVED, approve(route, "deputy2"));
    }

    @Test
    void a_task_goes_neither_to_the_author_nor_to_someone_asked_at_the_stage_already() {
        ApprovalRoute route = start(ResubmissionMode.RESTART, stage("Юристы", StageRule.ALL, 0,
                Approver.group("legal")));
        ApprovalTask task = withIds(route).pendingFor("lawyer1").getFirst();

        assertThrows(NotEntitledToDecideException.class, () -> route.delegate(task.id(), "lawyer1", "drafter", null,
                T0));
        assertThrows(InvalidInputException.class, () -> route.delegate(task.id(), "lawyer1", "lawyer2", null, T0));
        assertThrows(NotEntitledToDecideException.class, () -> route.delegate(task.id(), "lawyer3", "deputy1", null,
                T0));
    }

    @Test
    void a_deputy_decides_for_an_absent_approver_and_is_recorded_as_deciding() {
        ApprovalRoute route = start(ResubmissionMode.RESTART, stage("Зам", StageRule.ALL, 0,
                Approver.user("deputy1")));

        assertEquals(RouteProgress.APPROVED, route.decide("deputy2", Set.of("deputy1"), DecisionKind.APPROVE, 1,
                "За главу", false, DIRECTORY, T0));

        ApprovalTask decided = route.tasks().getFirst();
        assertEquals("deputy1", decided.assignee());
        assertEquals("deputy2", decided.decidedBy());
    }

    @Test
    void a_deadline_reminds_once_before_and_escalates_once_after_to_the_stages_target() {
        ApprovalRoute route = start(ResubmissionMode.RESTART, new RouteStage(LocalizedText.of("Юристы", "Заңгерлер",
                "Lawyers"), List.of(Approver.user("lawyer1")), StageRule.ALL, 0, Duration.ofDays(2), "deputy1"));

        assertTrue(route.dueForReminder(T0, Duration.ofDays(1)).isEmpty());
        List<ApprovalTask> soon = route.dueForReminder(T0.plus(Duration.ofHours(25)), Duration.ofDays(1));
        assertEquals(1, soon.size());
        route.remind(soon.getFirst(), T0.plus(Duration.ofHours(25)));
        assertTrue(route.dueForReminder(T0.plus(Duration.ofHours(26)), Duration.ofDays(1)).isEmpty());

        Instant late = T0.plus(Duration.ofDays(3));
        List<ApprovalTask> overdue = route.overdue(late);
        assertEquals(1, overdue.size());
        ApprovalTask escalated = route.escalate(overdue.getFirst(), late).orElseThrow();
        assertEquals("deputy1", escalated.assignee());
        assertEquals("lawyer1", escalated.onBehalfOf());
        assertTrue(route.overdue(late.plus(Duration.ofDays(5))).isEmpty());
        assertEquals(RouteProgress.APPROVED, approve(route, "deputy1"));
    }

    @Test
    void a_route_whose_stage_has_nobody_to_ask_is_not_started() {
        assertThrows(InvalidInputException.class, () -> start(ResubmissionMode.RESTART, stage("Пусто", StageRule.ALL,
                0, Approver.group("nobody"))));
        assertThrows(InvalidInputException.class, () -> start(ResubmissionMode.RESTART, stage("Кворум",
                StageRule.QUORUM, 3, Approver.group("deputies"))));
    }

    @Test
    void withdrawing_closes_every_pending_task() {
        ApprovalRoute route = start(ResubmissionMode.RESTART, stage("Юристы", StageRule.ALL, 0,
                Approver.group("legal")));

        route.withdraw("drafter", T0);

        assertEquals(RouteState.WITHDRAWN, route.state());
        assertTrue(route.pending().isEmpty());
    }

    private static RouteProgress approve(ApprovalRoute route, String actor) {
        return route.decide(actor, Set.of(), DecisionKind.APPROVE, route.revision(), null, false, DIRECTORY, T0);
    }

    private static Set<String> assignees(ApprovalRoute route) {
        return Set.copyOf(route.pending().stream().map(ApprovalTask::assignee).toList());
    }

    private static ApprovalRoute start(ResubmissionMode mode, RouteStage... stages) {
        return ApprovalRoute.start(7, "drafter", template(mode, stages), 1, HASH, DIRECTORY, T0);
    }

    private static RouteTemplate template(ResubmissionMode mode, RouteStage... stages) {
        return RouteTemplate.define("standard", LocalizedText.of("Стандартный", "Стандартты", "Standard"),
                List.of(stages), mode, false, EnumSet.allOf(AgreementKind.class), Set.of());
    }

    private static RouteStage stage(String name, StageRule rule, int quorum, Approver... approvers) {
        return new RouteStage(LocalizedText.of(name, name, name), List.of(approvers), rule, quorum, null, null);
    }

    /** Storage gives tasks their ids; here, their place in the list does. */
    private static ApprovalRoute withIds(ApprovalRoute route) {
        long id = 1;
        for (ApprovalTask task : route.tasks()) {
            TaskIds.assign(task, id++);
        }
        return route;
    }
}
