package org.pactum.web.routing;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.route.ResubmissionMode;
import org.pactum.domain.route.StagesCodec;
import org.pactum.routing.boundary.RouteAdministration.RouteDefinition;
import org.pactum.web.json.EnumParameter;
import org.pactum.web.json.LocalizedJson;

/**
 * A route as written by an administrator.
 *
 * @param version the version edited, for a change (or If-Match); ignored when creating
 */
public record RouteInput(String code, Map<String, String> name, List<Map<String, Object>> stages, String resubmission,
                         Boolean openThreadsBlock, List<String> kinds, List<String> defaultFor, Long version) {

    RouteDefinition toDefinition(String code) {
        return new RouteDefinition(code, LocalizedJson.parse("name", name),
                stages == null ? List.of() : StagesCodec.read(Map.of("stages", stages)),
                resubmission == null ? ResubmissionMode.RESTART : EnumParameter.parse(ResubmissionMode.class,
                        "resubmission", resubmission),
                Boolean.TRUE.equals(openThreadsBlock), kinds("kinds", kinds), kinds("defaultFor", defaultFor));
    }

    private static Set<AgreementKind> kinds(String field, List<String> names) {
        Set<AgreementKind> kinds = EnumSet.noneOf(AgreementKind.class);
        if (names != null) {
            for (String name : names) {
                if (name == null || name.isBlank()) {
                    throw new InvalidInputException(field, Rule.REQUIRED, "names a kind of agreement");
                }
                kinds.add(EnumParameter.parse(AgreementKind.class, field, name));
            }
        }
        return kinds;
    }
}
