package org.pactum.domain.route;

/** When a stage of a route has passed. */
public enum StageRule {
    /** Everyone the stage names decides, in parallel; it passes when all of them approved. */
    ALL,
    /** The first answer decides for the stage. */
    ANY,
    /** It passes once a set number of its approvers approved. */
    QUORUM;

    /**
     * How many approvals pass a stage whose approvers are {@code assigned} people.
     *
     * @param quorum the stage's quorum; only {@link #QUORUM} reads it
     */
    public int needed(int assigned, int quorum) {
        return switch (this) {
            case ALL -> assigned;
            case ANY -> Math.min(1, assigned);
            case QUORUM -> Math.min(quorum, assigned);
        };
    }
}
