package org.pactum.routing.entity;

import java.time.Duration;
import java.time.Instant;

/**
 * A pending approval task with a deadline, as the scheduler plans it: when to remind its approver and when to escalate.
 *
 * @param reminded  whether the approver was reminded already
 * @param escalated whether the task was escalated already
 */
public record TaskDeadline(long agreementId, long taskId, Instant openedAt, Instant due, boolean reminded,
                           boolean escalated) {

    /**
     * {@code lead} before the deadline, but never in the first half of the time the task was given: a reminder the
     * moment a task arrives would only repeat its arrival.
     */
    public Instant remindAt(Duration lead) {
        Instant halfway = openedAt.plus(Duration.between(openedAt, due).dividedBy(2));
        Instant early = due.minus(lead);
        return early.isAfter(halfway) ? early : halfway;
    }

    /** A second after the deadline: a task is overdue only once its due instant has passed. */
    public Instant escalateAt() {
        return due.plusSeconds(1);
    }
}
