package org.pactum.domain.route;

/** Where one person's task on a stage stands. */
public enum TaskState {
    /** Waiting for a decision. */
    PENDING,
    APPROVED,
    RETURNED,
    REJECTED,
    /** Handed to someone else, who decides on behalf of the person it was meant for. */
    DELEGATED,
    /** No longer needed: the stage was decided without it, or the route ended or restarted. */
    CLOSED;

    public boolean isDecision() {
        return this == APPROVED || this == RETURNED || this == REJECTED;
    }
}
