package org.pactum.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.pactum.domain.language.Language;

/** A list of languages stored as their codes joined by commas, e.g. {@code ru,kk,en}. */
final class LanguagesColumn {

    private LanguagesColumn() {
    }

    static String write(List<Language> languages) {
        return languages.stream().map(Language::code).collect(Collectors.joining(","));
    }

    /** @param owner names the row in the error, should a code be unknown */
    static List<Language> read(String codes, String owner) {
        return Arrays.stream(codes.split(","))
                .map(code -> Language.fromCode(code).orElseThrow(
                        () -> new IllegalStateException(owner + " names an unknown language: " + code)))
                .toList();
    }
}
