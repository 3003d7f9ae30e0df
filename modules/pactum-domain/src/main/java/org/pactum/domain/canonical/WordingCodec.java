package org.pactum.domain.canonical;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.AgreementText;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;

/**
 * The one JSON shape of a wording, written and read here: {@code kindName}, {@code placeAndDate}, {@code preamble} and
 * {@code equallyAuthentic} as objects from language code to text, holding only the languages present, and
 * {@code clauses} as an array of {@code {"key", "heading", "text"}}. It is the {@code "wording"} member of a revision's
 * hashed JSON (docs/audit.md) and what the database stores, so one reader serves both. Members it does not know are
 * ignored, so JSON written by a newer version stays readable.
 */
public final class WordingCodec {

    private WordingCodec() {
    }

    /** The wording as JSON values (maps, lists, strings) for {@link CanonicalJson}. */
    public static Map<String, Object> toJson(Wording wording) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("kindName", texts(wording.kindName()));
        map.put("placeAndDate", texts(wording.placeAndDate()));
        map.put("preamble", texts(wording.preamble()));
        map.put("clauses", wording.clauses().stream().map(WordingCodec::clause).toList());
        map.put("equallyAuthentic", texts(wording.equallyAuthentic()));
        return map;
    }

    /** The wording in RFC 8785 JSON. */
    public static String write(Wording wording) {
        return CanonicalJson.encode(toJson(wording));
    }

    /**
     * Reads JSON values (maps with string keys, lists, strings, as any JSON parser gives them) back into a wording.
     *
     * @throws IllegalArgumentException if they are not the JSON of a wording
     */
    public static Wording fromJson(Map<?, ?> json) {
        List<Clause> clauses = new ArrayList<>();
        for (Object value : member(json, "clauses", List.class, List.of())) {
            if (!(value instanceof Map<?, ?> clause)) {
                throw new IllegalArgumentException("a clause must be a JSON object, not " + kind(value));
            }
            String key = member(clause, "key", String.class, null);
            if (key == null) {
                throw new IllegalArgumentException("a clause has no key");
            }
            clauses.add(new Clause(key, texts(clause, "heading"), texts(clause, "text")));
        }
        return new Wording(texts(json, "kindName"), texts(json, "placeAndDate"), texts(json, "preamble"),
                new AgreementText(clauses), texts(json, "equallyAuthentic"));
    }

    private static Map<String, Object> clause(Clause clause) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("key", clause.key());
        map.put("heading", texts(clause.heading()));
        map.put("text", texts(clause.text()));
        return map;
    }

    private static Map<String, Object> texts(LocalizedText text) {
        Map<String, Object> map = new LinkedHashMap<>();
        text.asMap().forEach((language, value) -> map.put(language.code(), value));
        return map;
    }

    private static LocalizedText texts(Map<?, ?> owner, String name) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        member(owner, name, Map.class, Map.of()).forEach((code, value) -> {
            Language language = Language.fromCode(String.valueOf(code))
                    .orElseThrow(() -> new IllegalArgumentException(name + ": no such language: " + code));
            if (!(value instanceof String string)) {
                throw new IllegalArgumentException(name + "." + code + " must be a string, not " + kind(value));
            }
            texts.put(language, string);
        });
        return LocalizedText.of(texts);
    }

    /** The member of the expected type; the default when it is missing or null. */
    @SuppressWarnings("unchecked")
    private static <T> T member(Map<?, ?> owner, String name, Class<? super T> type, T missing) {
        Object value = owner.get(name);
        if (value == null) {
            return missing;
        }
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException(name + " must be " + type.getSimpleName() + ", not " + kind(value));
        }
        return (T) value;
    }

    private static String kind(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName();
    }
}
