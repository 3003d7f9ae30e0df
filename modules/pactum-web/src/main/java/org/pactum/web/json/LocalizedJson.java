package org.pactum.web.json;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.pactum.domain.error.Rule;
import org.pactum.domain.error.Violations;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;

/** Localized text in JSON is an object keyed by language code: {@code {"ru": "…", "kk": "…"}}. */
public final class LocalizedJson {

    private LocalizedJson() {
    }

    public static Map<String, String> of(LocalizedText text) {
        Map<String, String> json = new LinkedHashMap<>();
        text.asMap().forEach((language, value) -> json.put(language.code(), value));
        return json;
    }

    /**
     * Reads texts whose length the domain checks with its own limit (clauses are much longer than titles); unknown
     * language codes are added to the violations.
     */
    static LocalizedText parseAnyLength(String field, Map<String, String> json, Violations violations) {
        if (json == null) {
            return LocalizedText.empty();
        }
        Map<Language, String> texts = new EnumMap<>(Language.class);
        json.forEach((code, value) -> {
            var language = Language.fromCode(code);
            language.ifPresent(l -> texts.put(l, value));
            violations.check(language.isPresent(), field + "." + code, Rule.UNKNOWN, "is not a language; use ru, kk or en");
        });
        return LocalizedText.of(texts);
    }

    /** @param field the JSON path reported if a key is not a language Pactum knows */
    public static LocalizedText parse(String field, Map<String, String> json) {
        if (json == null) {
            return LocalizedText.empty();
        }
        Map<Language, String> texts = new EnumMap<>(Language.class);
        Violations violations = new Violations();
        json.forEach((code, value) -> {
            var language = Language.fromCode(code);
            language.ifPresent(l -> texts.put(l, value));
            violations.check(language.isPresent(), field + "." + code, Rule.UNKNOWN, "is not a language; use ru, kk or en");
            violations.check(value == null || value.length() <= LocalizedText.MAX_LENGTH, field + "." + code, Rule.TOO_LONG,
                    LocalizedText.MAX_LENGTH, "must be at most " + LocalizedText.MAX_LENGTH + " characters");
        });
        violations.throwIfAny();
        return LocalizedText.of(texts);
    }
}
