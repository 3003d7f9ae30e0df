package org.pactum.web.audit;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * An audit event's details, which are stored as canonical JSON text, turned into lines people read. The stored text is
 * what is hashed, so nothing here may be taken as the record: it is a reading aid, and the raw text stays available
 * through the export and the API.
 */
final class EventDetails {

    private EventDetails() {
    }

    /** One line per member in stored order; a text that is not a JSON object is shown as a single line, unchanged. */
    static List<DetailLine> lines(String canonicalJson) {
        if (canonicalJson == null || canonicalJson.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(canonicalJson))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object) {
                return object.entrySet().stream().map(EventDetails::line).toList();
            }
            return List.of(new DetailLine("", readable(value)));
        } catch (JsonException e) {
            // Not expected for a stored event; showing the text as it is beats hiding it from an auditor.
            return List.of(new DetailLine("", canonicalJson));
        }
    }

    private static DetailLine line(Map.Entry<String, JsonValue> member) {
        return new DetailLine(member.getKey(), readable(member.getValue()));
    }

    /** Strings without their quotes, null as a dash; numbers, booleans and nested values as JSON text. */
    private static String readable(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NULL -> "—";
            default -> value.toString();
        };
    }
}
