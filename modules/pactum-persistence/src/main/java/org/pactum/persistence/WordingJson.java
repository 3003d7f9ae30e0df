package org.pactum.persistence;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import org.pactum.domain.canonical.WordingCodec;
import org.pactum.domain.text.Wording;

/**
 * A wording column: the domain's {@link WordingCodec} writes and reads the shape; this only parses the stored text
 * into plain JSON values for it.
 */
public final class WordingJson {

    /** Looked up once: finding the provider searches the class path. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private WordingJson() {
    }

    public static String write(Wording wording) {
        return WordingCodec.write(wording);
    }

    /** @throws IllegalArgumentException if the text is not the JSON of a wording */
    public static Wording read(String json) {
        return WordingCodec.fromJson(parse(json));
    }

    /** @throws IllegalArgumentException if the text is not a JSON object */
    static Map<String, Object> parse(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return object(reader.readObject());
        } catch (JsonException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> object(JsonObject json) {
        Map<String, Object> map = new LinkedHashMap<>();
        json.forEach((name, value) -> map.put(name, plain(value)));
        return map;
    }

    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> object(value.asJsonObject());
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                ((JsonArray) value).forEach(item -> list.add(plain(item)));
                yield list;
            }
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }
}
