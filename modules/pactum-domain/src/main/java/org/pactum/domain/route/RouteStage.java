package org.pactum.domain.route;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;

import org.pactum.domain.error.Rule;
import org.pactum.domain.error.Violations;
import org.pactum.domain.language.LocalizedText;

/**
 * One step of a route: whom it asks, by which rule it passes, and — optionally — how long each of them has and whom an
 * overdue task goes to.
 *
 * @param name        what the stage is called on the route and the approval sheet, e.g. "Правовое управление"
 * @param approvers   who is asked, in the order shown
 * @param rule        when it has passed
 * @param quorum      approvals needed under {@link StageRule#QUORUM}; 0 under the other rules
 * @param deadline    how long each task has from the moment the stage opens, or null for no deadline
 * @param escalateTo  the account an overdue task goes to, or null to remind only
 */
public record RouteStage(LocalizedText name, List<Approver> approvers, StageRule rule, int quorum, Duration deadline,
                         String escalateTo) {

    public static final int MAX_APPROVERS = 50;

    public RouteStage {
        approvers = approvers == null ? List.of() : List.copyOf(approvers);
        Violations violations = new Violations()
                .check(name != null && !name.languages().isEmpty(), "name", Rule.REQUIRED, "a stage needs a name")
                .check(!approvers.isEmpty(), "approvers", Rule.TOO_FEW, 1, "a stage asks someone")
                .check(approvers.size() <= MAX_APPROVERS, "approvers", Rule.TOO_MANY, MAX_APPROVERS,
                        "a stage asks at most " + MAX_APPROVERS + " approvers")
                .check(new HashSet<>(approvers).size() == approvers.size(), "approvers", Rule.REPEATED,
                        "an approver is named twice")
                .check(rule != null, "rule", Rule.REQUIRED, "must be ALL, ANY or QUORUM")
                .check(rule != StageRule.QUORUM || quorum >= 1, "quorum", Rule.OUT_OF_RANGE,
                        "a quorum is 1 or more")
                .check(rule != StageRule.QUORUM || approvers.stream().anyMatch(a -> a.kind() == Approver.Kind.GROUP)
                        || quorum <= approvers.size(), "quorum", Rule.OUT_OF_RANGE,
                        "cannot be more than the stage's approvers")
                .check(deadline == null || (!deadline.isNegative() && !deadline.isZero()), "deadline",
                        Rule.OUT_OF_RANGE, "must be a positive duration")
                .check(escalateTo == null || deadline != null, "escalateTo", Rule.MISMATCH,
                        "an escalation needs a deadline")
                .check(escalateTo == null || Approver.isName(escalateTo), "escalateTo", Rule.MALFORMED,
                        "must be an account");
        violations.throwIfAny();
        quorum = rule == StageRule.QUORUM ? quorum : 0;
    }

    /** Approvals that pass the stage when it asks {@code assigned} people. */
    public int needed(int assigned) {
        return rule.needed(assigned, quorum);
    }
}
