package org.pactum.domain.language;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A language an agreement can be written in. Russian comes first: it is the registry's working language. */
public enum Language {
    RU("ru"),
    KK("kk"),
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** ISO 639-1 code, as used in JSON, URLs and resource bundle names. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.of(code);
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(wanted)).findFirst();
    }
}
