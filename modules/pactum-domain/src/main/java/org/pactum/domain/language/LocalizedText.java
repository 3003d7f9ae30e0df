package org.pactum.domain.language;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One piece of text in up to three languages, e.g. an agreement's title or a signatory's position.
 * Blank entries count as absent, so "present in every language of the agreement" is a simple check.
 */
public final class LocalizedText {

    /** Longest single-language entry accepted; long enough for a full organisation name or title. */
    public static final int MAX_LENGTH = 1000;

    // Not final: JPA maps these fields directly (see orm.xml in pactum-persistence).
    private String ru;
    private String kk;
    private String en;

    protected LocalizedText() {
    }

    private LocalizedText(String ru, String kk, String en) {
        this.ru = normalize(ru);
        this.kk = normalize(kk);
        this.en = normalize(en);
    }

    public static LocalizedText of(String ru, String kk, String en) {
        return new LocalizedText(ru, kk, en);
    }

    public static LocalizedText of(Map<Language, String> texts) {
        return new LocalizedText(texts.get(Language.RU), texts.get(Language.KK), texts.get(Language.EN));
    }

    public static LocalizedText empty() {
        return new LocalizedText(null, null, null);
    }

    public Optional<String> in(Language language) {
        return Optional.ofNullable(switch (language) {
            case RU -> ru;
            case KK -> kk;
            case EN -> en;
        });
    }

    public boolean has(Language language) {
        return in(language).isPresent();
    }

    /** The text in the wanted language, else in the first language that has it; empty string if none. */
    public String preferring(Language wanted) {
        return in(wanted).or(() -> in(Language.RU)).or(() -> in(Language.KK)).or(() -> in(Language.EN)).orElse("");
    }

    public List<Language> languages() {
        return java.util.Arrays.stream(Language.values()).filter(this::has).toList();
    }

    public Map<Language, String> asMap() {
        Map<Language, String> map = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            in(language).ifPresent(text -> map.put(language, text));
        }
        return map;
    }

    private static String normalize(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText that
                && Objects.equals(ru, that.ru) && Objects.equals(kk, that.kk) && Objects.equals(en, that.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ru, kk, en);
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
