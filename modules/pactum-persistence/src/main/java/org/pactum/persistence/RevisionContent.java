package org.pactum.persistence;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.pactum.domain.canonical.WordingCodec;
import org.pactum.domain.text.Wording;

/**
 * What a stored revision says, read back from its canonical JSON ({@code Revision.canonical()}):
 * {@code {"fields":{name: value, …},"wording":{…}}}. The domain writes that JSON; persistence only reads it.
 */
record RevisionContent(SortedMap<String, String> fields, Wording wording) {

    /** @throws IllegalArgumentException if the text is not JSON of that shape */
    static RevisionContent read(String canonical) {
        Map<String, Object> json = WordingJson.parse(canonical);
        SortedMap<String, String> fields = new TreeMap<>();
        object(json, "fields").forEach((name, value) -> {
            if (!(value instanceof String text)) {
                throw new IllegalArgumentException("field " + name + " must be a string, not " + value);
            }
            fields.put(String.valueOf(name), text);
        });
        return new RevisionContent(fields, WordingCodec.fromJson(object(json, "wording")));
    }

    private static Map<?, ?> object(Map<String, Object> json, String name) {
        Object value = json.get(name);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(name + " must be an object, not " + value);
        }
        return map;
    }
}
