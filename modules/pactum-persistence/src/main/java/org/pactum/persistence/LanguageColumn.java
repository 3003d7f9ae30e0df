package org.pactum.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.pactum.domain.language.Language;

/** One language stored as its ISO 639-1 code ({@code ru}, {@code kk}, {@code en}), or NULL for none. */
@Converter
public class LanguageColumn implements AttributeConverter<Language, String> {

    @Override
    public String convertToDatabaseColumn(Language language) {
        return language == null ? null : language.code();
    }

    @Override
    public Language convertToEntityAttribute(String code) {
        return code == null ? null : Language.fromCode(code)
                .orElseThrow(() -> new IllegalStateException("Unknown language in the database: " + code));
    }
}
