package org.pactum.web.routing.setup;

import java.io.Serializable;
import java.util.List;

import org.pactum.web.faces.Shown;

/**
 * A route on the administrators' list.
 *
 * @param defaultFor the kinds it is the default route for, as {@code kind.<KIND>} keys' suffixes
 * @param kinds      the kinds a drafter may choose it for
 * @param resubmission {@code RESTART} or {@code REMAINING}
 */
public record RouteRow(String code, Shown name, List<String> defaultFor, List<String> kinds, List<StageSummary> stages,
                       String resubmission, boolean openThreadsBlock) implements Serializable {
}
