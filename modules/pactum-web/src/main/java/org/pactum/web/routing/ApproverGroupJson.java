package org.pactum.web.routing;

import java.util.List;
import java.util.Map;

import org.pactum.domain.route.ApproverGroup;
import org.pactum.web.json.LocalizedJson;

/** A group of approvers a stage can ask as a whole. */
public record ApproverGroupJson(String code, Map<String, String> name, List<String> members, Long version) {

    static ApproverGroupJson of(ApproverGroup group) {
        return new ApproverGroupJson(group.code(), LocalizedJson.of(group.name()),
                group.members().stream().sorted().toList(), group.version());
    }
}
