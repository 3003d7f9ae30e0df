package org.pactum.domain.route;

/** What an approver decides on the revision in front of them. */
public enum DecisionKind {
    APPROVE,
    /** Back to the author for revision, with comments; the route goes on when the agreement is submitted again. */
    RETURN,
    /** The end of the agreement: it will not be concluded. */
    REJECT;

    /** Returning and rejecting must say why: the author and the approval sheet need to know. */
    public boolean needsRemark() {
        return this != APPROVE;
    }
}
