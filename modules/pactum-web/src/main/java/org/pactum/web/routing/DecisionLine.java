package org.pactum.web.routing;

import java.io.Serializable;

/**
 * One person's part in a stage: who was asked, on whose behalf, what they decided and when.
 *
 * @param state     the task's state, for the message key {@code route.task.<state>}
 * @param decidedBy the name of whoever decided, when not the person asked (a deputy); else null
 * @param revision  the revision decided on, or null while pending
 */
public record DecisionLine(String asked, String onBehalfOf, String state, String decidedBy, String remark,
                           String when, Integer revision, String due, boolean overdue) implements Serializable {

    /** Whether the remark is a reason (a return or a rejection), shown as a warning; else a plain remark. */
    public boolean reason() {
        return "RETURNED".equals(state) || "REJECTED".equals(state);
    }
}
