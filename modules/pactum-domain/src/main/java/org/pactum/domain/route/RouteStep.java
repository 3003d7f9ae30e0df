package org.pactum.domain.route;

/** What happened on a route, as the audit trail names it. */
public enum RouteStep {
    STARTED,
    RESUBMITTED,
    DECIDED,
    DELEGATED,
    REMINDED,
    ESCALATED,
    WITHDRAWN
}
