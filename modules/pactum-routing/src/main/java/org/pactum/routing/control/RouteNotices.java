package org.pactum.routing.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.notification.Notification;
import org.pactum.domain.notification.NotificationKind;
import org.pactum.domain.route.ApprovalRoute;
import org.pactum.domain.route.ApprovalTask;
import org.pactum.domain.route.RouteProgress;
import org.pactum.domain.route.RouteRecorded;

/**
 * Whom a route step tells what: the approvers of tasks it opened (a new stage, a resubmission, a delegation, an
 * escalation), the approver reminded of a deadline or whose task went to someone else, and the author when the route
 * returns, rejects or approves their agreement.
 */
public final class RouteNotices {

    public static final String ON_BEHALF_KEY = "notification.task-assigned-on-behalf";
    public static final String ESCALATED_TO_YOU_KEY = "notification.escalated-to-you";
    public static final String OVERDUE_KEY = "notification.overdue";

    private RouteNotices() {
    }

    /** @param route the route after the step, in the transaction that took it */
    public static List<Notification> of(RouteRecorded step, ApprovalRoute route, Agreement agreement, Instant now) {
        List<Notification> notices = new ArrayList<>();
        Map<String, Object> details = step.details();
        switch (step.step()) {
            case STARTED, RESUBMITTED -> route.pending().forEach(task -> notices.add(assigned(route, agreement, task, now)));
            case DECIDED -> decided(route, agreement, details, now, notices);
            case DELEGATED -> taskOf(route, details.get("task"))
                    .ifPresent(task -> notices.add(assigned(route, agreement, task, now)));
            case REMINDED -> taskOf(route, details.get("task")).ifPresent(task -> notices.add(new Notification(
                    task.assignee(), agreement.id(), NotificationKind.REMINDER, null,
                    parameters(route, agreement, task), now)));
            case ESCALATED -> escalated(route, agreement, details, now, notices);
            case WITHDRAWN -> {
                // Nobody is asked any more; their inboxes show it.
            }
        }
        return notices;
    }

    private static void decided(ApprovalRoute route, Agreement agreement, Map<String, Object> details, Instant now,
                                List<Notification> notices) {
        RouteProgress progress = RouteProgress.valueOf(String.valueOf(details.get("progress")));
        NotificationKind ending = switch (progress) {
            case WAITING -> null;
            case STAGE_PASSED -> {
                route.pending().forEach(task -> notices.add(assigned(route, agreement, task, now)));
                yield null;
            }
            case APPROVED -> NotificationKind.APPROVED;
            case RETURNED -> NotificationKind.RETURNED;
            case REJECTED -> NotificationKind.REJECTED;
        };
        if (ending != null) {
            Map<String, String> parameters = agreementParameters(agreement);
            parameters.put("by", text(details.get("decidedBy")));
            parameters.put("remark", text(details.get("remark")));
            notices.add(new Notification(route.author(), agreement.id(), ending, null, parameters, now));
        }
    }

    private static void escalated(ApprovalRoute route, Agreement agreement, Map<String, Object> details, Instant now,
                                  List<Notification> notices) {
        taskOf(route, details.get("task")).ifPresent(overdue -> {
            String target = text(details.get("escalatedTo"));
            Map<String, String> parameters = parameters(route, agreement, overdue);
            parameters.put("escalatedTo", target);
            notices.add(new Notification(overdue.assignee(), agreement.id(), NotificationKind.ESCALATED,
                    target == null ? OVERDUE_KEY : null, parameters, now));
            taskOf(route, details.get("escalatedTask")).ifPresent(handed -> notices.add(new Notification(
                    handed.assignee(), agreement.id(), NotificationKind.ESCALATED, ESCALATED_TO_YOU_KEY,
                    parameters(route, agreement, handed), now)));
        });
    }

    private static Notification assigned(ApprovalRoute route, Agreement agreement, ApprovalTask task, Instant now) {
        return new Notification(task.assignee(), agreement.id(), NotificationKind.TASK_ASSIGNED,
                task.onBehalfOf() == null ? null : ON_BEHALF_KEY, parameters(route, agreement, task), now);
    }

    private static Map<String, String> parameters(ApprovalRoute route, Agreement agreement, ApprovalTask task) {
        Map<String, String> parameters = agreementParameters(agreement);
        parameters.put("task", String.valueOf(task.id()));
        putLocalized(parameters, "stage", route.stages().get(task.stage()).name());
        parameters.put("due", task.due() == null ? null : task.due().toString());
        parameters.put("onBehalfOf", task.onBehalfOf());
        return parameters;
    }

    private static Map<String, String> agreementParameters(Agreement agreement) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("number", agreement.number());
        putLocalized(parameters, "title", agreement.title());
        return parameters;
    }

    /**
     * The Russian text under the name, and each other language's under the name with the language's code, e.g.
     * {@code titleKk}: each reader then sees the title in their own language when the agreement has it.
     */
    private static void putLocalized(Map<String, String> parameters, String name, LocalizedText text) {
        parameters.put(name, text.preferring(Language.RU));
        for (Language language : Language.values()) {
            if (language != Language.RU) {
                text.in(language).ifPresent(translated -> parameters.put(NoticeTexts.localizedName(name, language),
                        translated));
            }
        }
    }

    private static Optional<ApprovalTask> taskOf(ApprovalRoute route, Object id) {
        if (id == null) {
            return Optional.empty();
        }
        return route.tasks().stream().filter(task -> Objects.equals(String.valueOf(task.id()), String.valueOf(id)))
                .findFirst();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
