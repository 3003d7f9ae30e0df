package org.pactum.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.pactum.domain.agreement.TemplateReference;

/**
 * Stores a template reference as {@code "<id>/<version>"}, e.g. {@code cooperation-agreement/2}: readable in a query
 * result, and unambiguous because template ids are slugs without a slash.
 */
@Converter
public class TemplateReferenceColumn implements AttributeConverter<TemplateReference, String> {

    @Override
    public String convertToDatabaseColumn(TemplateReference reference) {
        return reference == null ? null : reference.id() + "/" + reference.version();
    }

    @Override
    public TemplateReference convertToEntityAttribute(String column) {
        return TemplateReference.parse(column);
    }
}
