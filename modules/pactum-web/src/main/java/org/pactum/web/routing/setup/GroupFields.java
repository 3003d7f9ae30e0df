package org.pactum.web.routing.setup;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.route.ApproverGroup;

/** A group of approvers as its form holds it: code (for a new one), names, the members ticked. */
public class GroupFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code = "";
    private final Map<String, String> name = new HashMap<>();
    private List<String> members = new ArrayList<>();

    static GroupFields of(ApproverGroup group) {
        GroupFields fields = new GroupFields();
        fields.code = group.code();
        group.name().asMap().forEach((language, text) -> fields.name.put(language.code(), text));
        fields.members = group.members().stream().sorted().collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
        return fields;
    }

    LocalizedText localizedName() {
        return LocalizedText.of(name.get(Language.RU.code()), name.get(Language.KK.code()), name.get(Language.EN.code()));
    }

    Set<String> memberSet() {
        return new LinkedHashSet<>(members);
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

    public List<String> getMembers() {
        return members;
    }

    public void setMembers(List<String> members) {
        this.members = members == null ? new ArrayList<>() : new ArrayList<>(members);
    }
}
