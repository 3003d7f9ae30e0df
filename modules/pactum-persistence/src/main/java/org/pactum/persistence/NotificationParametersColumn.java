package org.pactum.persistence;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.pactum.domain.canonical.CanonicalJson;

/** A notification's text parameters as one JSON object of strings: always read and written with the notification. */
@Converter
public class NotificationParametersColumn implements AttributeConverter<Map<String, String>, String> {

    @Override
    public String convertToDatabaseColumn(Map<String, String> parameters) {
        return CanonicalJson.encode(parameters == null ? Map.of() : parameters);
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String column) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (column != null) {
            WordingJson.parse(column).forEach((name, value) -> parameters.put(String.valueOf(name),
                    String.valueOf(value)));
        }
        return parameters;
    }
}
