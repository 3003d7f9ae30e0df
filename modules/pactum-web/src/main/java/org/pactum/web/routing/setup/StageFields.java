package org.pactum.web.routing.setup;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.route.Approver;
import org.pactum.domain.route.RouteStage;
import org.pactum.domain.route.StageRule;

/**
 * One stage as the route editor holds it while it is typed: numbers as typed (a wrong one is the form's problem to
 * show, not a conversion failure that loses the rest), approvers as the accounts and groups ticked.
 */
public class StageFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private Map<String, String> name = new HashMap<>();
    private List<String> users = new ArrayList<>();
    private List<String> groups = new ArrayList<>();
    private String rule = StageRule.ALL.name();
    private String quorum = "";
    private String deadline = "";
    private String deadlineUnit = "days";
    private String escalateTo = "";
    private final Map<String, String> problems = new HashMap<>();
    /** How many people the stage asked when last saved, for a quorum's upper bound; 0 before. */
    private int asked;

    static StageFields of(RouteStage stage) {
        StageFields fields = new StageFields();
        stage.name().asMap().forEach((language, text) -> fields.name.put(language.code(), text));
        for (Approver approver : stage.approvers()) {
            (approver.kind() == Approver.Kind.GROUP ? fields.groups : fields.users).add(approver.name());
        }
        fields.rule = stage.rule().name();
        fields.quorum = stage.rule() == StageRule.QUORUM ? Integer.toString(stage.quorum()) : "";
        if (stage.deadline() != null) {
            boolean days = stage.deadline().toHours() % 24 == 0;
            fields.deadline = Long.toString(days ? stage.deadline().toDays() : stage.deadline().toHours());
            fields.deadlineUnit = days ? "days" : "hours";
        }
        fields.escalateTo = stage.escalateTo() == null ? "" : stage.escalateTo();
        return fields;
    }

    /** The approvers ticked: people first, then groups, each in the order of the lists they were ticked in. */
    List<Approver> approvers() {
        List<Approver> approvers = new ArrayList<>();
        users.forEach(user -> approvers.add(Approver.user(user)));
        groups.forEach(group -> approvers.add(Approver.group(group)));
        return approvers;
    }

    LocalizedText localizedName() {
        return LocalizedText.of(name.get(Language.RU.code()), name.get(Language.KK.code()), name.get(Language.EN.code()));
    }

    StageRule chosenRule() {
        return rule == null || rule.isBlank() ? null : StageRule.valueOf(rule);
    }

    boolean isQuorum() {
        return StageRule.QUORUM.name().equals(rule);
    }

    /** @throws NumberFormatException when something other than a whole number was typed */
    int typedQuorum() {
        return quorum == null || quorum.isBlank() ? 0 : Integer.parseInt(quorum.strip());
    }

    /** @throws NumberFormatException when something other than a whole number was typed */
    Duration typedDeadline() {
        if (deadline == null || deadline.isBlank()) {
            return null;
        }
        long amount = Long.parseLong(deadline.strip());
        return "hours".equals(deadlineUnit) ? Duration.ofHours(amount) : Duration.ofDays(amount);
    }

    String chosenEscalation() {
        return escalateTo == null || escalateTo.isBlank() ? null : escalateTo;
    }

    public Map<String, String> getName() {
        return name;
    }

    public List<String> getUsers() {
        return users;
    }

    public void setUsers(List<String> users) {
        this.users = users == null ? new ArrayList<>() : new ArrayList<>(users);
    }

    public List<String> getGroups() {
        return groups;
    }

    public void setGroups(List<String> groups) {
        this.groups = groups == null ? new ArrayList<>() : new ArrayList<>(groups);
    }

    public String getRule() {
        return rule;
    }

    public void setRule(String rule) {
        this.rule = rule;
    }

    public String getQuorum() {
        return quorum;
    }

    public void setQuorum(String quorum) {
        this.quorum = quorum;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public String getDeadlineUnit() {
        return deadlineUnit;
    }

    public void setDeadlineUnit(String deadlineUnit) {
        this.deadlineUnit = deadlineUnit;
    }

    public String getEscalateTo() {
        return escalateTo;
    }

    public void setEscalateTo(String escalateTo) {
        this.escalateTo = escalateTo;
    }

    int getAsked() {
        return asked;
    }

    void setAsked(int asked) {
        this.asked = asked;
    }

    /** What is wrong, by field ({@code name}, {@code approvers}, {@code quorum}, …), beside it on the page. */
    public Map<String, String> getProblems() {
        return problems;
    }
}
