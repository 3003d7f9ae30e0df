package org.pactum.domain.route;

/** Where an agreement's route stands as a whole. */
public enum RouteState {
    /** A stage waits for decisions. */
    RUNNING,
    /** Every stage passed: the agreement may be signed. */
    APPROVED,
    /** Sent back to the author; it runs again when the agreement is submitted again. */
    RETURNED,
    REJECTED,
    /** The agreement was withdrawn while on the route. */
    WITHDRAWN
}
