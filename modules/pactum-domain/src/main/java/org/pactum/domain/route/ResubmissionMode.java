package org.pactum.domain.route;

/** What a route does when an agreement returned for revision is submitted again. */
public enum ResubmissionMode {
    /** Every stage is asked again from the first: approvals of the earlier text count no more. */
    RESTART,
    /**
     * Only those who had not approved yet are asked; earlier approvals stand and keep the revision they were given on,
     * which the route and the approval sheet show. The administration chooses this per route, as Russian document
     * systems let it.
     */
    REMAINING
}
