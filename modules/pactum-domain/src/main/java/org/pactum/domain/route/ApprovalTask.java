package org.pactum.domain.route;

import java.time.Instant;
import java.util.Objects;

/**
 * One person's part in one stage of one round of a route: what they were asked, by when, and what they decided — or
 * to whom they handed it. A task is changed only through its route.
 */
public class ApprovalTask {

    private Long id;
    private int stage;
    private int round;
    private String assignee;
    private String onBehalfOf;
    private TaskState state;
    private Instant openedAt;
    private Instant due;
    private Instant remindedAt;
    private Instant escalatedAt;
    private String decidedBy;
    private String remark;
    private Integer revision;
    private String contentHash;
    private Instant decidedAt;

    protected ApprovalTask() {
    }

    static ApprovalTask open(int stage, int round, String assignee, String onBehalfOf, Instant openedAt, Instant due) {
        ApprovalTask task = new ApprovalTask();
        task.stage = stage;
        task.round = round;
        task.assignee = Objects.requireNonNull(assignee, "assignee");
        task.onBehalfOf = onBehalfOf;
        task.state = TaskState.PENDING;
        task.openedAt = openedAt;
        task.due = due;
        return task;
    }

    void decide(TaskState outcome, String actor, String remark, int revision, String contentHash, Instant now) {
        this.state = outcome;
        this.decidedBy = actor;
        this.remark = remark;
        this.revision = revision;
        this.contentHash = contentHash;
        this.decidedAt = now;
    }

    /** Handed on or no longer needed: closed with the reason, by nobody's decision. */
    void close(TaskState outcome, String actor, String remark, Instant now) {
        this.state = outcome;
        this.decidedBy = actor;
        this.remark = remark;
        this.decidedAt = now;
    }

    void remind(Instant now) {
        remindedAt = now;
    }

    void escalate(Instant now) {
        escalatedAt = now;
    }

    public boolean isPending() {
        return state == TaskState.PENDING;
    }

    /** The person the task was meant for: whoever it was delegated from, or its assignee. */
    public String principal() {
        return onBehalfOf == null ? assignee : onBehalfOf;
    }

    public boolean isOverdue(Instant now) {
        return isPending() && due != null && now.isAfter(due);
    }

    public Long id() {
        return id;
    }

    public int stage() {
        return stage;
    }

    public int round() {
        return round;
    }

    public String assignee() {
        return assignee;
    }

    /** Whom the assignee decides for — the approver who delegated the task or whose deadline passed — or null. */
    public String onBehalfOf() {
        return onBehalfOf;
    }

    public TaskState state() {
        return state;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant due() {
        return due;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    /** Who decided: the assignee, or a deputy standing in for them during an absence. */
    public String decidedBy() {
        return decidedBy;
    }

    public String remark() {
        return remark;
    }

    public Integer revision() {
        return revision;
    }

    public String contentHash() {
        return contentHash;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
