package org.pactum.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.pactum.domain.text.Wording;

/**
 * Stores an agreement's wording as one JSON document (see {@link WordingJson}) rather than as tables of clauses and
 * texts: it is always read, written and compared as a whole, and a JSON column keeps that one row per agreement.
 */
@Converter
public class WordingColumn implements AttributeConverter<Wording, String> {

    @Override
    public String convertToDatabaseColumn(Wording wording) {
        return wording == null ? null : WordingJson.write(wording);
    }

    @Override
    public Wording convertToEntityAttribute(String column) {
        return column == null ? null : WordingJson.read(column);
    }
}
