package org.pactum.audit.control;

import java.io.StringReader;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Reads an audit event's details; a detail an older event lacks, or has in another shape, reads as absent. */
final class EventDetails {

    private EventDetails() {
    }

    static JsonObject read(String details) {
        if (details == null || details.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(details))) {
            return reader.readObject();
        }
    }

    static String text(JsonObject details, String name) {
        return value(details, name, JsonString.class, JsonString::getString).orElse(null);
    }

    static Instant instant(JsonObject details, String name) {
        return Optional.ofNullable(text(details, name)).map(Instant::parse).orElse(null);
    }

    static <J extends JsonValue, T> Optional<T> value(JsonObject details, String name, Class<J> type,
                                                     Function<J, T> reading) {
        JsonValue value = details.get(name);
        return type.isInstance(value) ? Optional.of(reading.apply(type.cast(value))) : Optional.empty();
    }
}
