package org.pactum.persistence;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;

import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.AgreementText;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;

/**
 * A wording as JSON, in the shape of the {@code "wording"} member of a revision's canonical JSON
 * ({@code AgreementFingerprint.canonical}): {@code kindName}, {@code placeAndDate}, {@code preamble} and
 * {@code equallyAuthentic} as objects from language code to text, holding only the languages present, and
 * {@code clauses} as an array of {@code {"key", "heading", "text"}}. One shape for the column and the revision, so one
 * reader serves both. Members it does not know are ignored, so a row written by a newer version stays readable.
 */
final class WordingJson {

    /** Looked up once: finding the provider searches the class path. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private WordingJson() {
    }

    static String write(Wording wording) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = JSON.createWriter(out)) {
            writer.writeObject(toJson(wording));
        }
        return out.toString();
    }

    /** @throws IllegalArgumentException if the text is not the JSON of a wording */
    static Wording read(String json) {
        return fromJson(parse(json));
    }

    static JsonObject parse(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getMessage(), e);
        }
    }

    static JsonObject toJson(Wording wording) {
        JsonArrayBuilder clauses = JSON.createArrayBuilder();
        for (Clause clause : wording.clauses()) {
            clauses.add(JSON.createObjectBuilder()
                    .add("key", clause.key())
                    .add("heading", texts(clause.heading()))
                    .add("text", texts(clause.text())));
        }
        return JSON.createObjectBuilder()
                .add("kindName", texts(wording.kindName()))
                .add("placeAndDate", texts(wording.placeAndDate()))
                .add("preamble", texts(wording.preamble()))
                .add("clauses", clauses)
                .add("equallyAuthentic", texts(wording.equallyAuthentic()))
                .build();
    }

    static Wording fromJson(JsonObject json) {
        List<Clause> clauses = new ArrayList<>();
        for (JsonValue value : member(json, "clauses", JsonArray.class, JsonValue.EMPTY_JSON_ARRAY)) {
            if (!(value instanceof JsonObject clause)) {
                throw new IllegalArgumentException("a clause must be a JSON object, not " + value.getValueType());
            }
            JsonString key = member(clause, "key", JsonString.class, null);
            if (key == null) {
                throw new IllegalArgumentException("a clause has no key");
            }
            clauses.add(new Clause(key.getString(), texts(clause, "heading"), texts(clause, "text")));
        }
        return new Wording(texts(json, "kindName"), texts(json, "placeAndDate"), texts(json, "preamble"),
                new AgreementText(clauses), texts(json, "equallyAuthentic"));
    }

    private static JsonObjectBuilder texts(LocalizedText text) {
        JsonObjectBuilder texts = JSON.createObjectBuilder();
        text.asMap().forEach((language, value) -> texts.add(language.code(), value));
        return texts;
    }

    private static LocalizedText texts(JsonObject owner, String name) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        member(owner, name, JsonObject.class, JsonValue.EMPTY_JSON_OBJECT).forEach((code, value) -> {
            Language language = Language.fromCode(code)
                    .orElseThrow(() -> new IllegalArgumentException(name + ": no such language: " + code));
            if (!(value instanceof JsonString string)) {
                throw new IllegalArgumentException(name + "." + code + " must be a string, not " + value.getValueType());
            }
            texts.put(language, string.getString());
        });
        return LocalizedText.of(texts);
    }

    /** The member of the expected JSON type; the default when it is missing or null. */
    static <T extends JsonValue> T member(JsonObject owner, String name, Class<T> type, T missing) {
        JsonValue value = owner.get(name);
        if (value == null || value == JsonValue.NULL) {
            return missing;
        }
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException(name + " must be " + type.getSimpleName() + ", not " + value.getValueType());
        }
        return type.cast(value);
    }
}
