package org.pactum.routing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.Term;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.route.ApprovalRoute;
import org.pactum.domain.route.ApprovalTask;
import org.pactum.domain.route.Approver;
import org.pactum.domain.route.DecisionKind;
import org.pactum.domain.route.ResubmissionMode;
import org.pactum.domain.route.RouteRecorded;
import org.pactum.domain.route.RouteStage;
import org.pactum.domain.route.RouteStep;
import org.pactum.domain.route.RouteTemplate;
import org.pactum.domain.route.StageRule;
import org.pactum.domain.route.TaskState;
import org.pactum.fixtures.OmskPavlodar;
import org.pactum.fixtures.memory.AgreementsInMemory;
import org.pactum.fixtures.memory.RecordedEvents;
import org.pactum.persistence.SchemaMigration;
import org.pactum.routing.control.DeadlineSteps;
import org.pactum.routing.control.DeadlineTimers;

/**
 * Deadlines kept by db-scheduler in H2 with the real migrations, the route in memory: planned on one node, which then
 * stops; the clock moves on by days; new nodes on the same database take the reminder and the escalation — each
 * exactly once, also with two nodes polling the same table, and not at all for a task decided in time.
 */
class RouteDeadlinesTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final Instant OPENED = Instant.parse("2026-12-07T04:00:00Z");
    private static final Duration TO_DECIDE = Duration.ofDays(3);
    private static final String HASH = "ab".repeat(32);

    private final MovableClock clock = new MovableClock(OPENED);
    private final ApprovalRoutesInMemory routes = new ApprovalRoutesInMemory();
    private final AgreementsInMemory agreements = new AgreementsInMemory();
    private final RecordedEvents<RouteRecorded> recorded = new RecordedEvents<>();
    private final RouteDeadlines deadlines = new RouteDeadlines();
    private final AtomicInteger reminders = new AtomicInteger();
    private final AtomicInteger escalations = new AtomicInteger();
    private final List<DeadlineTimers> nodes = new ArrayList<>();
    private JdbcDataSource database;
    private ApprovalRoute route;

    @BeforeEach
    void wire() {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:deadlines" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        new SchemaMigration(database).migrate();
        deadlines.routes = routes;
        deadlines.agreements = agreements;
        deadlines.recorded = recorded;
        deadlines.clock = clock;
        deadlines.reminderLead = "P1D";
        long agreementId = agreements.add(OmskPavlodar.agreement(AgreementKind.COOPERATION_AGREEMENT,
                List.of(Language.RU, Language.KK), new Term(null, 5, true))).id();
        RouteStage legal = new RouteStage(LocalizedText.of("Правовое управление", "Құқық басқармасы", "Legal department"),
                List.of(Approver.user("approver1")), StageRule.ALL, 0, TO_DECIDE, "approver2");
        RouteTemplate template = RouteTemplate.define("standard", LocalizedText.of("Стандартный", "Стандартты", "Standard"),
                List.of(legal), ResubmissionMode.RESTART, false, EnumSet.allOf(AgreementKind.class), Set.of());
        route = routes.add(ApprovalRoute.start(agreementId, "drafter", template, 1, HASH, approver -> Set.of(approver.name()),
                OPENED));
    }

    @AfterEach
    void stopEveryNode() {
        nodes.forEach(DeadlineTimers::stop);
    }

    @Test
    void a_deadline_planned_before_a_restart_reminds_once_and_escalates_once_with_two_nodes_polling() throws Exception {
        DeadlineTimers first = node("node-a");
        first.start();
        deadlines.openDeadlines().forEach(deadline -> first.plan(deadline, deadlines.reminderLead()));
        first.stop();
        assertEquals(2, scheduledRows(), "a reminder and an escalation wait in the table");

        clock.advance(Duration.ofDays(2).plusHours(1));
        startNodes("node-b", "node-c");
        awaitRows(1);
        assertEquals(1, reminders.get());
        assertEquals(0, escalations.get(), "the deadline has not passed yet");
        assertEquals(List.of(RouteStep.REMINDED), steps());
        assertNotNull(task("approver1").remindedAt());

        stopEveryNode();
        nodes.clear();
        clock.advance(Duration.ofDays(1));
        startNodes("node-b", "node-c");
        awaitRows(0);
        Thread.sleep(300);

        assertEquals(1, reminders.get());
        assertEquals(1, escalations.get());
        assertEquals(List.of(RouteStep.REMINDED, RouteStep.ESCALATED), steps());
        ApprovalTask overdue = task("approver1");
        assertEquals(TaskState.DELEGATED, overdue.state());
        ApprovalTask escalated = task("approver2");
        assertEquals(TaskState.PENDING, escalated.state());
        assertEquals("approver1", escalated.onBehalfOf());
        assertEquals("approver2", recorded.last().details().get("escalatedTo"));
        assertEquals(overdue.id(), recorded.last().details().get("task"));
        assertEquals(RouteDeadlines.SYSTEM, recorded.last().actor());
    }

    @Test
    void a_task_decided_before_its_deadline_is_neither_reminded_nor_escalated() throws Exception {
        DeadlineTimers node = node("node-a");
        deadlines.openDeadlines().forEach(deadline -> node.plan(deadline, deadlines.reminderLead()));
        clock.advance(Duration.ofDays(1));
        route.decide("approver1", Set.of(), DecisionKind.APPROVE, 1, null, false, approver -> Set.of(approver.name()),
                clock.instant());

        clock.advance(TO_DECIDE);
        node.start();
        awaitRows(0);

        assertEquals(1, reminders.get(), "the reminder ran");
        assertEquals(1, escalations.get(), "the escalation ran");
        assertEquals(List.of(), steps(), "and neither found anything to do");
        assertNull(task("approver1").remindedAt());
        assertNull(task("approver1").escalatedAt());
    }

    @Test
    void planning_a_task_twice_keeps_one_reminder_and_one_escalation() throws SQLException {
        DeadlineTimers node = node("node-a");
        deadlines.openDeadlines().forEach(deadline -> node.plan(deadline, deadlines.reminderLead()));
        deadlines.openDeadlines().forEach(deadline -> node.plan(deadline, deadlines.reminderLead()));

        assertEquals(2, scheduledRows());
    }

    @Test
    void an_escalation_running_again_after_a_crash_changes_nothing_more() {
        clock.advance(TO_DECIDE.plusMinutes(1));
        long taskId = task("approver1").id();

        assertTrue(deadlines.escalate(route.agreementId(), taskId).isPresent());
        assertTrue(deadlines.escalate(route.agreementId(), taskId).isEmpty());
        assertTrue(deadlines.remind(route.agreementId(), taskId).isEmpty(), "an escalated task is not reminded late");

        assertEquals(List.of(RouteStep.ESCALATED), steps());
    }

    private DeadlineTimers node(String name) {
        DeadlineTimers node = new DeadlineTimers(database, countedSteps(), Duration.ofMillis(100), 2,
                Thread.ofPlatform().daemon().factory(), clock, name);
        nodes.add(node);
        return node;
    }

    private void startNodes(String... names) {
        for (String name : names) {
            node(name).start();
        }
    }

    /** The route's lock, as the database gives it: one step at a time. */
    private DeadlineSteps countedSteps() {
        return new DeadlineSteps() {
            @Override
            public void remind(long agreementId, long taskId) {
                synchronized (routes) {
                    reminders.incrementAndGet();
                    deadlines.remind(agreementId, taskId);
                }
            }

            @Override
            public void escalate(long agreementId, long taskId) {
                synchronized (routes) {
                    escalations.incrementAndGet();
                    deadlines.escalate(agreementId, taskId);
                }
            }
        };
    }

    private List<RouteStep> steps() {
        return recorded.fired().stream().map(RouteRecorded::step).toList();
    }

    private ApprovalTask task(String assignee) {
        return route.tasks().stream().filter(task -> task.assignee().equals(assignee)).findFirst().orElseThrow();
    }

    private void awaitRows(int rows) throws SQLException, InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (scheduledRows() != rows || running()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the table still holds " + scheduledRows() + " execution(s)");
            }
            Thread.sleep(50);
        }
    }

    private boolean running() throws SQLException {
        return count("SELECT COUNT(*) FROM scheduled_tasks WHERE picked") > 0;
    }

    private int scheduledRows() throws SQLException {
        return count("SELECT COUNT(*) FROM scheduled_tasks");
    }

    private int count(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
