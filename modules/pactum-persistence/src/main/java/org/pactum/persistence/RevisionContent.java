package org.pactum.persistence;

import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.pactum.domain.text.Wording;

/**
 * What a stored revision says, read back from its canonical JSON ({@code Revision.canonical()}):
 * {@code {"fields":{name: value, …},"wording":{…}}}. The domain writes that JSON; persistence only reads it.
 */
record RevisionContent(SortedMap<String, String> fields, Wording wording) {

    /** @throws IllegalArgumentException if the text is not JSON of that shape */
    static RevisionContent read(String canonical) {
        JsonObject json = WordingJson.parse(canonical);
        SortedMap<String, String> fields = new TreeMap<>();
        WordingJson.member(json, "fields", JsonObject.class, JsonValue.EMPTY_JSON_OBJECT).forEach((name, value) -> {
            if (!(value instanceof JsonString text)) {
                throw new IllegalArgumentException("field " + name + " must be a string, not " + value.getValueType());
            }
            fields.put(name, text.getString());
        });
        return new RevisionContent(fields, WordingJson.fromJson(
                WordingJson.member(json, "wording", JsonObject.class, JsonValue.EMPTY_JSON_OBJECT)));
    }
}
