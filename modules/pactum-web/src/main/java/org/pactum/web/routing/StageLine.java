package org.pactum.web.routing;

import java.io.Serializable;
import java.util.List;

import org.pactum.web.faces.Shown;

/**
 * One stage of an agreement's route as its page shows it.
 *
 * @param rule     the message key of its rule, e.g. {@code route.rule.ALL}
 * @param quorum   the approvals a quorum needs, 0 under the other rules
 * @param deadline each task's time, in whole days or else hours, for the message key {@code route.deadline.<unit>}
 * @param state    {@code passed}, {@code current} or {@code ahead}
 * @param people   its tasks in the latest round it was asked in, oldest first
 */
public record StageLine(int number, Shown name, String rule, int quorum, Deadline deadline, String state,
                        List<DecisionLine> people) implements Serializable {

    /** @param unit {@code days} or {@code hours} */
    public record Deadline(long amount, String unit) implements Serializable {
    }
}
