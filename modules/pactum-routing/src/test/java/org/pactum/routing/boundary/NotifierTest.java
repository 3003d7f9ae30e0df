package org.pactum.routing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.Term;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.notification.Notification;
import org.pactum.domain.notification.NotificationKind;
import org.pactum.domain.route.ApprovalRoute;
import org.pactum.domain.route.Approver;
import org.pactum.domain.route.DecisionKind;
import org.pactum.domain.route.ResubmissionMode;
import org.pactum.domain.route.RouteProgress;
import org.pactum.domain.route.RouteRecorded;
import org.pactum.domain.route.RouteStage;
import org.pactum.domain.route.RouteStep;
import org.pactum.domain.route.RouteTemplate;
import org.pactum.domain.route.StageRule;
import org.pactum.fixtures.OmskPavlodar;
import org.pactum.fixtures.memory.AgreementsInMemory;
import org.pactum.fixtures.memory.RecordedEvents;
import org.pactum.routing.control.NoticeTexts;
import org.pactum.routing.entity.NotificationRecorded;

/** Who hears of which route step, and how it reads: tasks opened, a reminder, an escalation, the route's end. */
class NotifierTest {

    private static final Instant OPENED = Instant.parse("2026-12-07T04:00:00Z");
    private static final NoticeTexts TEXTS = new NoticeTexts(ZoneId.of("Asia/Omsk"));

    private final MovableClock clock = new MovableClock(OPENED);
    private final ApprovalRoutesInMemory routes = new ApprovalRoutesInMemory();
    private final AgreementsInMemory agreements = new AgreementsInMemory();
    private final NotificationsInMemory notifications = new NotificationsInMemory();
    private final RecordedEvents<RouteRecorded> steps = new RecordedEvents<>();
    private final RecordedEvents<NotificationRecorded> mailable = new RecordedEvents<>();
    private final Notifier notifier = new Notifier();
    private final RouteDeadlines deadlines = new RouteDeadlines();
    private final NotificationBox box = new NotificationBox();
    private ApprovalRoute route;

    @BeforeEach
    void wire() {
        notifier.notifications = notifications;
        notifier.routes = routes;
        notifier.agreements = agreements;
        notifier.recorded = mailable;
        notifier.clock = clock;
        deadlines.routes = routes;
        deadlines.agreements = agreements;
        deadlines.recorded = steps;
        deadlines.clock = clock;
        deadlines.reminderLead = "P1D";
        box.notifications = notifications;
        box.clock = clock;
        long agreementId = agreements.add(OmskPavlodar.agreement(AgreementKind.COOPERATION_AGREEMENT,
                List.of(Language.RU, Language.KK), new Term(null, 5, true))).id();
        RouteStage legal = new RouteStage(LocalizedText.of("Правовое управление", "Құқық басқармасы", "Legal department"),
                List.of(Approver.user("approver1")), StageRule.ALL, 0, Duration.ofDays(3), "approver2");
        RouteTemplate template = RouteTemplate.define("standard", LocalizedText.of("Стандартный", "Стандартты", "Standard"),
                List.of(legal), ResubmissionMode.RESTART, false, EnumSet.allOf(AgreementKind.class), Set.of());
        route = routes.add(ApprovalRoute.start(agreementId, "drafter", template, 1, "cd".repeat(32),
                approver -> Set.of(approver.name()), OPENED));
    }

    @Test
    void a_started_route_tells_each_approver_of_the_stage_what_waits_and_until_when() {
        notifier.onRoute(new RouteRecorded(RouteStep.STARTED, route.agreementId(), 1L, route.contentHash(), "drafter",
                Map.of()));

        Notification assigned = only("approver1");
        assertEquals(NotificationKind.TASK_ASSIGNED, assigned.kind());
        assertEquals("notification.task-assigned", assigned.textKey());
        assertEquals("Соглашение PA-2026-00017 «Соглашение о сотрудничестве» ждёт вашего решения на этапе "
                + "«Правовое управление» до 10.12.2026 10:00.", TEXTS.text(assigned, Language.RU));
        assertEquals("Agreement PA-2026-00017 \"Cooperation agreement\" waits for your decision at the stage "
                + "\"Legal department\" by 10.12.2026 10:00.", TEXTS.text(assigned, Language.EN),
                "the title and the stage in the reader's language where they have it");
        assertEquals(1, mailable.fired().size(), "and hands it on to be mailed after the commit");
    }

    @Test
    void a_reminder_and_an_escalation_reach_the_approver_and_the_escalation_target() {
        clock.advance(Duration.ofDays(2).plusHours(1));
        deadlines.remind(route.agreementId(), route.pending().getFirst().id());
        notifier.onRoute(steps.last());
        clock.advance(Duration.ofDays(1));
        deadlines.escalate(route.agreementId(), route.pending().getFirst().id());
        notifier.onRoute(steps.last());

        List<Notification> approver1 = notifications.of("approver1", false, 10);
        assertEquals(List.of(NotificationKind.ESCALATED, NotificationKind.REMINDER),
                approver1.stream().map(Notification::kind).toList());
        assertTrue(TEXTS.text(approver1.getFirst(), Language.RU).endsWith("задача передана approver2."));
        Notification escalated = only("approver2");
        assertEquals("notification.escalated-to-you", escalated.textKey());
        assertEquals("approver1", escalated.parameters().get("onBehalfOf"));
    }

    @Test
    void the_author_hears_that_the_agreement_came_back_with_the_approvers_remark() {
        route.decide("approver1", Set.of(), DecisionKind.RETURN, 1, "Уточните статью 3", false,
                approver -> Set.of(approver.name()), clock.instant());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("progress", RouteProgress.RETURNED.name());
        details.put("decidedBy", "approver1");
        details.put("remark", "Уточните статью 3");
        notifier.onRoute(new RouteRecorded(RouteStep.DECIDED, route.agreementId(), 2L, route.contentHash(), "approver1",
                details));

        Notification returned = only("drafter");
        assertEquals(NotificationKind.RETURNED, returned.kind());
        assertEquals("Соглашение PA-2026-00017 «Соглашение о сотрудничестве» возвращено на доработку (approver1): "
                + "Уточните статью 3", TEXTS.text(returned, Language.RU));
    }

    @Test
    void a_notification_is_marked_read_by_its_recipient_only() {
        notifier.onRoute(new RouteRecorded(RouteStep.STARTED, route.agreementId(), 1L, route.contentHash(), "drafter",
                Map.of()));
        long id = only("approver1").id();

        assertThrows(NotFoundException.class, () -> box.markRead(id, "approver2"));
        clock.advance(Duration.ofMinutes(5));
        assertEquals(OPENED.plus(Duration.ofMinutes(5)), box.markRead(id, "approver1").readAt());
        assertEquals(List.of(), box.of("approver1", true));
        assertEquals(1, box.of("approver1", false).size());
    }

    @Test
    void marking_all_read_marks_every_unread_one_and_empties_the_unread_count() {
        notifier.onRoute(new RouteRecorded(RouteStep.STARTED, route.agreementId(), 1L, route.contentHash(), "drafter",
                Map.of()));
        clock.advance(Duration.ofDays(2).plusHours(1));
        deadlines.remind(route.agreementId(), route.pending().getFirst().id());
        notifier.onRoute(steps.last());
        assertEquals(2, box.unreadCount("approver1"));

        assertEquals(2, box.markAllRead("approver1"));
        assertEquals(0, box.unreadCount("approver1"));
        assertEquals(0, box.markAllRead("approver1"));
        assertTrue(box.of("approver1", false).stream().allMatch(Notification::isRead));
    }

    private Notification only(String recipient) {
        List<Notification> received = notifications.of(recipient, false, 10);
        assertEquals(1, received.size(), () -> recipient + " got " + received);
        return received.getFirst();
    }
}
