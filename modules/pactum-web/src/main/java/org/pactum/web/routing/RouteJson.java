package org.pactum.web.routing;

import java.util.List;
import java.util.Map;

import org.pactum.domain.route.RouteTemplate;
import org.pactum.domain.route.StagesCodec;
import org.pactum.web.json.LocalizedJson;

/** A route as an administrator sets it up; {@code stages} in the form {@link StagesCodec} writes. */
public record RouteJson(String code, Map<String, String> name, List<Map<String, Object>> stages, String resubmission,
                        boolean openThreadsBlock, List<String> kinds, List<String> defaultFor, long version) {

    static RouteJson of(RouteTemplate route) {
        return new RouteJson(route.code(), LocalizedJson.of(route.name()),
                route.stages().stream().map(StagesCodec::toJson).toList(), route.resubmission().name(),
                route.openThreadsBlock(), route.kinds().stream().map(Enum::name).sorted().toList(),
                route.defaultFor().stream().map(Enum::name).sorted().toList(), route.version());
    }
}
