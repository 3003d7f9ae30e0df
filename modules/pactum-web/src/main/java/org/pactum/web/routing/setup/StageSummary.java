package org.pactum.web.routing.setup;

import java.io.Serializable;

import org.pactum.web.faces.Shown;

/**
 * One stage in a line: its name, whom it asks, by which rule, how long.
 *
 * @param rule     {@code ALL}, {@code ANY} or {@code QUORUM}, for the key {@code route.rule.<rule>}
 * @param asks     the people and groups it asks, by name, comma-separated
 * @param deadline the deadline in whole days or else hours, or null
 */
public record StageSummary(int number, Shown name, String rule, int quorum, String asks, Deadline deadline)
        implements Serializable {

    /** @param unit {@code days} or {@code hours}, for the key {@code route.deadline.<unit>} */
    public record Deadline(long amount, String unit) implements Serializable {
    }
}
