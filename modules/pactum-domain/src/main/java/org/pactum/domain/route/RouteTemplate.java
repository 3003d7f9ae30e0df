package org.pactum.domain.route;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.error.Rule;
import org.pactum.domain.error.Violations;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.printable.PrintableText;
import org.pactum.domain.printable.TextShape;

/**
 * A route an administration has set up: its stages in order, what happens when an agreement comes back from revision,
 * whether open comment threads hold approval back, and the kinds of agreement it serves — for some of them as their
 * default. An agreement takes a copy of its stages when it is submitted, so changing a route never changes one under
 * way.
 */
public class RouteTemplate {

    public static final int MAX_STAGES = 20;
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private String code;
    private LocalizedText name;
    private List<RouteStage> stages;
    private ResubmissionMode resubmission;
    private boolean openThreadsBlock;
    private Set<AgreementKind> kinds;
    private Set<AgreementKind> defaultFor;
    private long version;

    protected RouteTemplate() {
    }

    public static RouteTemplate define(String code, LocalizedText name, List<RouteStage> stages,
                                       ResubmissionMode resubmission, boolean openThreadsBlock, Set<AgreementKind> kinds,
                                       Set<AgreementKind> defaultFor) {
        new Violations().check(code != null && CODE.matcher(code).matches(), "code", Rule.MALFORMED,
                "lower-case letters, digits and '-', at most 64").throwIfAny();
        RouteTemplate route = new RouteTemplate();
        route.code = code;
        route.redefine(name, stages, resubmission, openThreadsBlock, kinds, defaultFor);
        return route;
    }

    /** Changes the route for agreements submitted from now on. */
    public void redefine(LocalizedText name, List<RouteStage> stages, ResubmissionMode resubmission,
                         boolean openThreadsBlock, Set<AgreementKind> kinds, Set<AgreementKind> defaultFor) {
        List<RouteStage> given = stages == null ? List.of() : List.copyOf(stages);
        Set<AgreementKind> served = kinds == null || kinds.isEmpty() ? EnumSet.noneOf(AgreementKind.class)
                : EnumSet.copyOf(kinds);
        Set<AgreementKind> defaults = defaultFor == null || defaultFor.isEmpty() ? EnumSet.noneOf(AgreementKind.class)
                : EnumSet.copyOf(defaultFor);
        Violations violations = new Violations()
                .check(name != null && !name.languages().isEmpty(), "name", Rule.REQUIRED, "a route needs a name")
                .check(!given.isEmpty(), "stages", Rule.TOO_FEW, 1, "a route has at least one stage")
                .check(given.size() <= MAX_STAGES, "stages", Rule.TOO_MANY, MAX_STAGES,
                        "a route has at most " + MAX_STAGES + " stages")
                .check(resubmission != null, "resubmission", Rule.REQUIRED, "must be RESTART or REMAINING")
                .check(!served.isEmpty(), "kinds", Rule.TOO_FEW, 1, "a route serves at least one kind of agreement")
                .check(served.containsAll(defaults), "defaultFor", Rule.MISMATCH,
                        "a route can be the default only for kinds it serves");
        PrintableText.check(violations, "name", name, TextShape.LINE);
        for (int i = 0; i < given.size(); i++) {
            PrintableText.check(violations, "stages[" + i + "].name", given.get(i).name(), TextShape.LINE);
        }
        violations.throwIfAny();
        this.name = name;
        this.stages = given;
        this.resubmission = resubmission;
        this.openThreadsBlock = openThreadsBlock;
        this.kinds = served;
        this.defaultFor = defaults;
    }

    public boolean serves(AgreementKind kind) {
        return kinds.contains(kind);
    }

    public boolean isDefaultFor(AgreementKind kind) {
        return defaultFor.contains(kind);
    }

    /** No longer the default for {@code kind}: another route became it. */
    public void yieldDefault(AgreementKind kind) {
        Set<AgreementKind> remaining = EnumSet.noneOf(AgreementKind.class);
        remaining.addAll(defaultFor);
        remaining.remove(kind);
        defaultFor = remaining;
    }

    public String code() {
        return code;
    }

    public LocalizedText name() {
        return name;
    }

    public List<RouteStage> stages() {
        return stages;
    }

    public ResubmissionMode resubmission() {
        return resubmission;
    }

    /** Whether an approval waits until every comment thread on the agreement is resolved. */
    public boolean openThreadsBlock() {
        return openThreadsBlock;
    }

    public Set<AgreementKind> kinds() {
        return Set.copyOf(kinds);
    }

    public Set<AgreementKind> defaultFor() {
        return defaultFor.isEmpty() ? Set.of() : Set.copyOf(defaultFor);
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RouteTemplate route && Objects.equals(code, route.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
