package org.pactum.web.routing.setup;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.route.Approver;
import org.pactum.domain.route.ResubmissionMode;
import org.pactum.domain.route.RouteStage;
import org.pactum.domain.route.RouteTemplate;
import org.pactum.routing.boundary.RouteAdministration.RouteDefinition;
import org.pactum.web.forms.ShownProblem;

/**
 * A route as its editor holds it: the route's own settings and its stages in order. It turns into the definition
 * {@code RouteAdministration} takes; the rules are the domain's, which this form only words and places.
 */
public class RouteFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code = "";
    private Map<String, String> name = new HashMap<>();
    private String resubmission = ResubmissionMode.RESTART.name();
    private boolean openThreadsBlock;
    private List<String> kinds = new ArrayList<>();
    private List<String> defaultFor = new ArrayList<>();
    private final List<StageFields> stages = new ArrayList<>();
    private final Map<String, String> problems = new HashMap<>();

    /** A new route: one empty stage to fill, serving every kind. */
    static RouteFields blank() {
        RouteFields fields = new RouteFields();
        fields.stages.add(new StageFields());
        for (AgreementKind kind : AgreementKind.values()) {
            fields.kinds.add(kind.name());
        }
        return fields;
    }

    static RouteFields of(RouteTemplate route) {
        RouteFields fields = new RouteFields();
        fields.code = route.code();
        route.name().asMap().forEach((language, text) -> fields.name.put(language.code(), text));
        fields.resubmission = route.resubmission().name();
        fields.openThreadsBlock = route.openThreadsBlock();
        fields.kinds = names(route.kinds());
        fields.defaultFor = names(route.defaultFor());
        route.stages().forEach(stage -> fields.stages.add(StageFields.of(stage)));
        return fields;
    }

    /**
     * The route as written, checked by the domain's own rules: every stage's problems and the route's together, each
     * stage's under {@code stages[i].}, so one save shows all that is wrong.
     *
     * @param accountsOf who an approver is today, to hold a quorum to the people a stage asks
     * @throws InvalidInputException with every problem found
     */
    RouteDefinition toDefinition(String routeCode, Function<Approver, Set<String>> accountsOf) {
        List<FieldError> errors = new ArrayList<>();
        List<RouteStage> built = new ArrayList<>();
        for (int index = 0; index < stages.size(); index++) {
            try {
                built.add(build(stages.get(index), accountsOf));
            } catch (InvalidInputException refused) {
                String prefix = "stages[" + index + "].";
                refused.errors().forEach(error -> errors.add(new FieldError(prefix + error.field(), error.rule(),
                        error.message(), error.detail())));
            }
        }
        LocalizedText routeName = LocalizedText.of(name.get(Language.RU.code()), name.get(Language.KK.code()),
                name.get(Language.EN.code()));
        Set<AgreementKind> served = kinds(kinds);
        Set<AgreementKind> defaults = kinds(defaultFor);
        ResubmissionMode mode = resubmission == null ? null : ResubmissionMode.valueOf(resubmission);
        if (!errors.isEmpty()) {
            // The route's own problems too, found by the same rule the administration applies on saving.
            try {
                RouteTemplate.define("checked", routeName, built.isEmpty() ? null : built, mode, openThreadsBlock,
                        served, defaults);
            } catch (InvalidInputException refused) {
                refused.errors().stream().filter(error -> !error.field().equals("stages")).forEach(errors::add);
            }
            throw new InvalidInputException(errors);
        }
        return new RouteDefinition(routeCode, routeName, built, mode, openThreadsBlock, served, defaults);
    }

    private static RouteStage build(StageFields stage, Function<Approver, Set<String>> accountsOf) {
        // Counted first: the quorum's problem names the upper bound, whatever else is wrong.
        Set<String> asked = new LinkedHashSet<>();
        stage.approvers().forEach(approver -> asked.addAll(accountsOf.apply(approver)));
        stage.setAsked(asked.size());
        List<FieldError> typing = new ArrayList<>();
        int quorum = 0;
        if (stage.isQuorum()) {
            try {
                quorum = stage.typedQuorum();
            } catch (NumberFormatException e) {
                typing.add(new FieldError("quorum", Rule.MALFORMED, "a whole number"));
            }
        }
        Duration deadline = null;
        try {
            deadline = stage.typedDeadline();
        } catch (NumberFormatException e) {
            typing.add(new FieldError("deadline", Rule.MALFORMED, "a whole number"));
        }
        if (!typing.isEmpty()) {
            throw new InvalidInputException(typing);
        }
        RouteStage built = new RouteStage(stage.localizedName(), stage.approvers(), stage.chosenRule(), quorum, deadline,
                stage.chosenEscalation());
        if (stage.isQuorum() && quorum > stage.getAsked()) {
            throw new InvalidInputException("quorum", Rule.OUT_OF_RANGE,
                    "more than the " + stage.getAsked() + " people the stage asks");
        }
        return built;
    }

    /**
     * Puts each problem beside its field: {@code stages:2:quorum} beside the third stage's quorum, {@code kinds}
     * beside the kinds.
     *
     * @return the problems no field shows, for the page's messages
     */
    List<String> mark(List<ShownProblem> shown) {
        clearProblems();
        List<String> elsewhere = new ArrayList<>();
        for (ShownProblem problem : shown) {
            String field = problem.field().orElse(null);
            if (field == null) {
                elsewhere.add(problem.sentence());
            } else if (field.startsWith("stages:")) {
                String[] parts = field.split(":");
                int index = Integer.parseInt(parts[1]);
                if (!hasStage(index)) {
                    elsewhere.add(problem.sentence());
                    continue;
                }
                stages.get(index).getProblems().merge(parts[2], problem.beside(),
                        (first, second) -> first);
            } else {
                problems.merge(field, problem.beside(), (first, second) -> first);
            }
        }
        return elsewhere;
    }

    void clearProblems() {
        problems.clear();
        stages.forEach(stage -> stage.getProblems().clear());
    }

    void addStage() {
        stages.add(new StageFields());
    }

    void removeStage(int index) {
        if (index >= 0 && index < stages.size()) {
            stages.remove(index);
        }
    }

    void moveStage(int index, int by) {
        int to = index + by;
        if (index >= 0 && index < stages.size() && to >= 0 && to < stages.size()) {
            stages.add(to, stages.remove(index));
        }
    }

    /** The stage at the index, if the form has it: a problem may name one the form no longer shows. */
    boolean hasStage(int index) {
        return index >= 0 && index < stages.size();
    }

    StageFields stage(int index) {
        return stages.get(index);
    }

    private static List<String> names(Set<AgreementKind> kinds) {
        return kinds.stream().sorted().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
    }

    private static Set<AgreementKind> kinds(List<String> names) {
        Set<AgreementKind> kinds = EnumSet.noneOf(AgreementKind.class);
        names.forEach(name -> kinds.add(AgreementKind.valueOf(name)));
        return kinds;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Map<String, String> getName() {
        return name;
    }

    public String getResubmission() {
        return resubmission;
    }

    public void setResubmission(String resubmission) {
        this.resubmission = resubmission;
    }

    public boolean isOpenThreadsBlock() {
        return openThreadsBlock;
    }

    public void setOpenThreadsBlock(boolean openThreadsBlock) {
        this.openThreadsBlock = openThreadsBlock;
    }

    public List<String> getKinds() {
        return kinds;
    }

    public void setKinds(List<String> kinds) {
        this.kinds = kinds == null ? new ArrayList<>() : new ArrayList<>(kinds);
    }

    public List<String> getDefaultFor() {
        return defaultFor;
    }

    public void setDefaultFor(List<String> defaultFor) {
        this.defaultFor = defaultFor == null ? new ArrayList<>() : new ArrayList<>(defaultFor);
    }

    public List<StageFields> getStages() {
        return stages;
    }

    /** What is wrong with the route's own fields, by field ({@code code}, {@code name}, {@code kinds}, …). */
    public Map<String, String> getProblems() {
        return problems;
    }
}
