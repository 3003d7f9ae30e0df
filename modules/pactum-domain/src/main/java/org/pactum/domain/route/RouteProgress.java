package org.pactum.domain.route;

/** What a decision did to the route, so the caller can carry it over to the agreement. */
public enum RouteProgress {
    /** The stage still waits for others. */
    WAITING,
    /** The stage passed and the next one is open. */
    STAGE_PASSED,
    /** The last stage passed: the agreement is approved. */
    APPROVED,
    RETURNED,
    REJECTED
}
