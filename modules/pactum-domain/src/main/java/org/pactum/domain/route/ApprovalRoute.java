package org.pactum.domain.route;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.printable.PrintableText;
import org.pactum.domain.printable.TextShape;

/**
 * An agreement's way through approval: a copy of its route's stages taken at submission, the tasks each stage opened,
 * and the decisions on them — each naming the revision it was taken on. Stages run one after the other; the people of
 * a stage decide in parallel. The author never decides on their own draft, and nobody decides twice on one stage.
 */
public class ApprovalRoute {

    public static final int MAX_REMARK_LENGTH = 2000;

    private Long id;
    private long agreementId;
    private String author;
    private String routeCode;
    private LocalizedText routeName;
    private List<RouteStage> stages;
    private ResubmissionMode resubmission;
    private boolean openThreadsBlock;
    private RouteState state;
    private int currentStage;
    private int currentAssigned;
    private int round;
    private int revision;
    private String contentHash;
    private Instant startedAt;
    private Instant finishedAt;
    private List<ApprovalTask> tasks = new ArrayList<>();
    private long version;

    protected ApprovalRoute() {
    }

    /**
     * Puts an agreement on a route as it is submitted.
     *
     * @throws InvalidInputException naming {@code route} when a stage has nobody (or too few) to ask
     */
    public static ApprovalRoute start(long agreementId, String author, RouteTemplate template, int revision,
                                      String contentHash, ApproverDirectory directory, Instant now) {
        ApprovalRoute route = new ApprovalRoute();
        route.agreementId = agreementId;
        route.author = Objects.requireNonNull(author, "author");
        route.routeCode = template.code();
        route.routeName = template.name();
        route.stages = List.copyOf(template.stages());
        route.resubmission = template.resubmission();
        route.openThreadsBlock = template.openThreadsBlock();
        route.startedAt = now;
        route.round = 0;
        route.runAgain(revision, contentHash, directory, now);
        return route;
    }

    /**
     * Takes the agreement again after it was returned and revised: from the first stage, asking everyone again or —
     * under {@link ResubmissionMode#REMAINING} — only those who had not approved.
     */
    public void resubmit(int revision, String contentHash, ApproverDirectory directory, Instant now) {
        if (state != RouteState.RETURNED) {
            throw new NotOnRouteException("only a route that returned the agreement runs again");
        }
        runAgain(revision, contentHash, directory, now);
    }

    private void runAgain(int revision, String contentHash, ApproverDirectory directory, Instant now) {
        checkStaffed(directory);
        this.round++;
        this.revision = revision;
        this.contentHash = Objects.requireNonNull(contentHash, "contentHash");
        this.state = RouteState.RUNNING;
        this.finishedAt = null;
        open(0, directory, now);
    }

    /**
     * One approver's decision on the current stage.
     *
     * @param standsInFor  the accounts whose tasks {@code actor} may decide as their deputy now (an absence)
     * @param revision     the revision the approver read; another than the route's is refused
     * @param openThreads  whether comment threads on the agreement are open now
     */
    public RouteProgress decide(String actor, Set<String> standsInFor, DecisionKind kind, int revision, String remark,
                                boolean openThreads, ApproverDirectory directory, Instant now) {
        requireRunning();
        if (actor.equals(author)) {
            throw new NotEntitledToDecideException("the author of a draft does not decide on it");
        }
        ApprovalTask task = taskOf(actor, standsInFor);
        if (revision != this.revision) {
            throw new StaleRevisionException("the route is on revision " + this.revision + ", not " + revision
                    + ": read the text again");
        }
        String text = checkRemark(kind, remark);
        if (kind == DecisionKind.APPROVE && openThreads && openThreadsBlock) {
            throw new OpenThreadsException("this route approves only when every comment thread is resolved");
        }
        return switch (kind) {
            case APPROVE -> {
                task.decide(TaskState.APPROVED, actor, text, revision, contentHash, now);
                yield passIfDecided(directory, now);
            }
            case RETURN -> end(task, TaskState.RETURNED, RouteState.RETURNED, actor, text, now);
            case REJECT -> end(task, TaskState.REJECTED, RouteState.REJECTED, actor, text, now);
        };
    }

    /**
     * Hands a pending task to someone else, who then decides on behalf of the person it was meant for.
     *
     * @return the new task
     */
    public ApprovalTask delegate(long taskId, String actor, String to, String remark, Instant now) {
        requireRunning();
        ApprovalTask task = current().filter(ApprovalTask::isPending).filter(t -> Objects.equals(t.id(), taskId))
                .findFirst().orElseThrow(() -> new AlreadyDecidedException("the task is not pending on this stage"));
        if (!task.assignee().equals(actor)) {
            throw new NotEntitledToDecideException("only the person a task is assigned to hands it on");
        }
        String text = remark == null || remark.isBlank() ? null : checkLength(remark.strip());
        if (to == null || !Approver.isName(to.strip())) {
            throw new InvalidInputException("to", Rule.MALFORMED, "must be an account");
        }
        String delegate = to.strip();
        if (delegate.equals(author)) {
            throw new NotEntitledToDecideException("the author of a draft does not decide on it");
        }
        if (delegate.equals(actor) || current().anyMatch(t -> delegate.equals(t.assignee())
                || delegate.equals(t.decidedBy()))) {
            throw new InvalidInputException("to", Rule.MISMATCH, "is already asked at this stage");
        }
        task.close(TaskState.DELEGATED, actor, text, now);
        ApprovalTask handed = ApprovalTask.open(currentStage, round, delegate, task.principal(), now, task.due());
        tasks.add(handed);
        return handed;
    }

    /** Tasks whose deadline comes within {@code lead} and whose approver has not been reminded yet. */
    public List<ApprovalTask> dueForReminder(Instant now, Duration lead) {
        return current().filter(ApprovalTask::isPending).filter(task -> task.due() != null && task.remindedAt() == null)
                .filter(task -> !now.plus(lead).isBefore(task.due())).toList();
    }

    public void remind(ApprovalTask task, Instant now) {
        task.remind(now);
    }

    /** Overdue tasks not yet escalated. */
    public List<ApprovalTask> overdue(Instant now) {
        return current().filter(task -> task.isOverdue(now) && task.escalatedAt() == null).toList();
    }

    /**
     * Escalates an overdue task: it goes to the stage's escalation target, who decides on behalf of the approver,
     * unless the target wrote the draft or is asked at this stage already — then the escalation is only recorded.
     *
     * @return the task the target got, if any
     */
    public Optional<ApprovalTask> escalate(ApprovalTask task, Instant now) {
        task.escalate(now);
        String target = stages.get(currentStage).escalateTo();
        if (target == null || target.equals(author) || current().anyMatch(t -> target.equals(t.assignee())
                || target.equals(t.decidedBy()))) {
            return Optional.empty();
        }
        task.close(TaskState.DELEGATED, "system", "deadline passed", now);
        ApprovalTask escalated = ApprovalTask.open(currentStage, round, target, task.principal(), now, null);
        escalated.escalate(now);
        tasks.add(escalated);
        return Optional.of(escalated);
    }

    /** The agreement was withdrawn: nobody is asked any more. */
    public void withdraw(String actor, Instant now) {
        if (state == RouteState.RUNNING || state == RouteState.RETURNED) {
            closePending(actor, "withdrawn", now);
            state = RouteState.WITHDRAWN;
            finishedAt = now;
        }
    }

    /** The pending tasks an account is to decide, on this route. */
    public List<ApprovalTask> pendingFor(String account) {
        return current().filter(ApprovalTask::isPending).filter(task -> task.assignee().equals(account)).toList();
    }

    public List<ApprovalTask> pending() {
        return current().filter(ApprovalTask::isPending).toList();
    }

    private ApprovalTask taskOf(String actor, Set<String> standsInFor) {
        if (current().anyMatch(task -> actor.equals(task.decidedBy()) && task.state().isDecision())) {
            throw new AlreadyDecidedException("you have decided on this stage already");
        }
        return current().filter(ApprovalTask::isPending).filter(task -> task.assignee().equals(actor)).findFirst()
                .or(() -> current().filter(ApprovalTask::isPending)
                        .filter(task -> standsInFor != null && standsInFor.contains(task.assignee())).findFirst())
                .orElseThrow(() -> new NotEntitledToDecideException("you are not asked at this stage"));
    }

    private RouteProgress passIfDecided(ApproverDirectory directory, Instant now) {
        if (approvals(currentStage).size() < stages.get(currentStage).needed(currentAssigned)) {
            return RouteProgress.WAITING;
        }
        closePending("system", "stage decided", now);
        open(currentStage + 1, directory, now);
        return state == RouteState.APPROVED ? RouteProgress.APPROVED : RouteProgress.STAGE_PASSED;
    }

    private RouteProgress end(ApprovalTask task, TaskState outcome, RouteState ending, String actor, String remark,
                              Instant now) {
        task.decide(outcome, actor, remark, revision, contentHash, now);
        closePending("system", outcome.name().toLowerCase(Locale.ROOT), now);
        state = ending;
        finishedAt = now;
        return ending == RouteState.RETURNED ? RouteProgress.RETURNED : RouteProgress.REJECTED;
    }

    /** Opens the stage at {@code index}, or — when earlier approvals already pass it — the first one they do not. */
    private void open(int index, ApproverDirectory directory, Instant now) {
        for (int at = index; at < stages.size(); at++) {
            RouteStage stage = stages.get(at);
            Set<String> carried = approvals(at);
            Set<String> asked = accounts(stage, directory);
            Set<String> everyone = new LinkedHashSet<>(carried);
            everyone.addAll(asked);
            if (carried.size() >= stage.needed(everyone.size())) {
                continue;
            }
            currentStage = at;
            currentAssigned = everyone.size();
            Instant due = stage.deadline() == null ? null : now.plus(stage.deadline());
            for (String account : asked) {
                if (!carried.contains(account)) {
                    tasks.add(ApprovalTask.open(at, round, account, null, now, due));
                }
            }
            return;
        }
        currentStage = stages.size();
        state = RouteState.APPROVED;
        finishedAt = now;
    }

    /** Who approved a stage and still counts: this round's approvals, and earlier rounds' under REMAINING. */
    private Set<String> approvals(int stage) {
        int since = resubmission == ResubmissionMode.REMAINING ? 1 : round;
        return tasks.stream().filter(task -> task.stage() == stage && task.round() >= since)
                .filter(task -> task.state() == TaskState.APPROVED).map(ApprovalTask::principal)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private Set<String> accounts(RouteStage stage, ApproverDirectory directory) {
        Set<String> accounts = new LinkedHashSet<>();
        stage.approvers().forEach(approver -> accounts.addAll(directory.accountsOf(approver)));
        accounts.remove(author);
        return accounts;
    }

    /** Refuses a route that could never pass: a stage with nobody, or fewer than its quorum, to ask. */
    private void checkStaffed(ApproverDirectory directory) {
        for (RouteStage stage : stages) {
            int available = accounts(stage, directory).size();
            if (available == 0 || (stage.rule() == StageRule.QUORUM && available < stage.quorum())) {
                throw new InvalidInputException(List.of(new FieldError("route", Rule.TOO_FEW, "the stage \""
                        + stage.name().preferring(Language.RU) + "\" has too few approvers besides the author",
                        Integer.toString(Math.max(1, stage.quorum())))));
            }
        }
    }

    private void closePending(String actor, String why, Instant now) {
        tasks.stream().filter(ApprovalTask::isPending).forEach(task -> task.close(TaskState.CLOSED, actor, why, now));
    }

    private Stream<ApprovalTask> current() {
        return tasks.stream().filter(task -> task.round() == round && task.stage() == currentStage);
    }

    private void requireRunning() {
        if (state != RouteState.RUNNING) {
            throw new NotOnRouteException("the route is " + state.name().toLowerCase(Locale.ROOT)
                    + ": nobody decides on it now");
        }
    }

    private static String checkRemark(DecisionKind kind, String remark) {
        String text = remark == null || remark.isBlank() ? null : remark.strip();
        if (kind.needsRemark() && text == null) {
            throw new InvalidInputException("remark", Rule.REQUIRED, "say why, for the author and the approval sheet");
        }
        return text == null ? null : checkLength(text);
    }

    private static String checkLength(String text) {
        PrintableText.require("remark", text, TextShape.PARAGRAPHS);
        if (text.length() > MAX_REMARK_LENGTH) {
            throw new InvalidInputException(List.of(new FieldError("remark", Rule.TOO_LONG, "at most "
                    + MAX_REMARK_LENGTH + " characters", Integer.toString(MAX_REMARK_LENGTH))));
        }
        return text;
    }

    public Long id() {
        return id;
    }

    public long agreementId() {
        return agreementId;
    }

    public String author() {
        return author;
    }

    public String routeCode() {
        return routeCode;
    }

    public LocalizedText routeName() {
        return routeName;
    }

    public List<RouteStage> stages() {
        return stages;
    }

    public ResubmissionMode resubmission() {
        return resubmission;
    }

    public boolean openThreadsBlock() {
        return openThreadsBlock;
    }

    public RouteState state() {
        return state;
    }

    /** The index of the stage that waits, or the number of stages once approved. */
    public int currentStage() {
        return currentStage;
    }

    public int round() {
        return round;
    }

    /** The revision the route decides on now. */
    public int revision() {
        return revision;
    }

    public String contentHash() {
        return contentHash;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    /** Every task of every round, in the order opened: the route's history. */
    public List<ApprovalTask> tasks() {
        return List.copyOf(tasks);
    }

    public long version() {
        return version;
    }
}
