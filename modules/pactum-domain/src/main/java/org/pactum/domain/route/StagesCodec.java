package org.pactum.domain.route;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pactum.domain.canonical.CanonicalJson;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;

/**
 * A route's stages as one JSON document, {@code {"stages": [{"name": {"ru": …}, "approvers": ["group:legal"], "rule":
 * "ALL", "quorum": 0, "deadline": "P3D", "escalateTo": "approver2"}]}} — the form storage keeps and the API speaks.
 */
public final class StagesCodec {

    private StagesCodec() {
    }

    public static String write(List<RouteStage> stages) {
        return CanonicalJson.encode(Map.of("stages", stages.stream().map(StagesCodec::toJson).toList()));
    }

    public static Map<String, Object> toJson(RouteStage stage) {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Object> name = new LinkedHashMap<>();
        stage.name().asMap().forEach((language, text) -> name.put(language.code(), text));
        json.put("name", name);
        json.put("approvers", stage.approvers().stream().map(Approver::code).toList());
        json.put("rule", stage.rule().name());
        json.put("quorum", stage.quorum());
        json.put("deadline", stage.deadline() == null ? null : stage.deadline().toString());
        json.put("escalateTo", stage.escalateTo());
        return json;
    }

    /** @param document the parsed form of {@link #write}: a map with a list of stage maps under {@code stages} */
    public static List<RouteStage> read(Map<?, ?> document) {
        if (!(document.get("stages") instanceof List<?> stages)) {
            throw new InvalidInputException("stages", Rule.REQUIRED, "must list the stages");
        }
        List<RouteStage> read = new ArrayList<>();
        for (Object stage : stages) {
            if (!(stage instanceof Map<?, ?> json)) {
                throw new InvalidInputException("stages", Rule.MALFORMED, "each stage is an object");
            }
            read.add(fromJson(json));
        }
        return read;
    }

    public static RouteStage fromJson(Map<?, ?> json) {
        Map<Language, String> name = new LinkedHashMap<>();
        if (json.get("name") instanceof Map<?, ?> names) {
            names.forEach((code, text) -> Language.fromCode(String.valueOf(code))
                    .ifPresent(language -> name.put(language, text == null ? null : String.valueOf(text))));
        }
        List<Approver> approvers = new ArrayList<>();
        if (json.get("approvers") instanceof List<?> codes) {
            codes.forEach(code -> approvers.add(Approver.parse(code == null ? null : String.valueOf(code))));
        }
        StageRule rule = enumOf(json.get("rule"));
        int quorum = quorum(json.get("quorum"));
        Duration deadline = duration(json.get("deadline"));
        String escalateTo = json.get("escalateTo") == null ? null : String.valueOf(json.get("escalateTo"));
        return new RouteStage(LocalizedText.of(name), approvers, rule, quorum, deadline, escalateTo);
    }

    private static StageRule enumOf(Object value) {
        try {
            return value == null ? null : StageRule.valueOf(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("rule", Rule.UNKNOWN, "must be ALL, ANY or QUORUM");
        }
    }

    /** A count of approvers: 2.5 or 1e30 would otherwise become 2 and some arbitrary int. */
    private static int quorum(Object value) {
        if (value == null) {
            return 0;
        }
        try {
            if (value instanceof Number number) {
                return new BigDecimal(number.toString()).intValueExact();
            }
        } catch (ArithmeticException | NumberFormatException notWhole) {
            // refused below
        }
        throw new InvalidInputException("quorum", Rule.OUT_OF_RANGE, "must be a whole number of approvers");
    }

    private static Duration duration(Object value) {
        try {
            return value == null ? null : Duration.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("deadline", Rule.MALFORMED, "an ISO 8601 duration, e.g. P3D or PT36H");
        }
    }
}
