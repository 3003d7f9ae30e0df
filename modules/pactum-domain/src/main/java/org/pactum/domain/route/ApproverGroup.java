package org.pactum.domain.route;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.pactum.domain.error.Rule;
import org.pactum.domain.error.Violations;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.printable.PrintableText;
import org.pactum.domain.printable.TextShape;

/** A unit a stage can ask as a whole, such as the legal department: its name and its members' accounts. */
public class ApproverGroup {

    public static final int MAX_MEMBERS = 200;
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private String code;
    private LocalizedText name;
    private Set<String> members = new LinkedHashSet<>();
    private long version;

    protected ApproverGroup() {
    }

    public static ApproverGroup of(String code, LocalizedText name, Set<String> members) {
        new Violations().check(code != null && CODE.matcher(code).matches(), "code", Rule.MALFORMED,
                "lower-case letters, digits and '-', at most 64").throwIfAny();
        ApproverGroup group = new ApproverGroup();
        group.code = code;
        group.rename(name, members);
        return group;
    }

    public void rename(LocalizedText name, Set<String> members) {
        Set<String> given = members == null ? Set.of() : members;
        Violations violations = new Violations()
                .check(name != null && !name.languages().isEmpty(), "name", Rule.REQUIRED, "a group needs a name")
                .check(given.stream().allMatch(Approver::isName), "members", Rule.MALFORMED, "must be accounts")
                .check(given.size() <= MAX_MEMBERS, "members", Rule.TOO_MANY, MAX_MEMBERS, "too many members");
        PrintableText.check(violations, "name", name, TextShape.LINE).throwIfAny();
        this.name = name;
        this.members = new LinkedHashSet<>(given);
    }

    public String code() {
        return code;
    }

    public LocalizedText name() {
        return name;
    }

    public Set<String> members() {
        return Set.copyOf(members);
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApproverGroup group && Objects.equals(code, group.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
