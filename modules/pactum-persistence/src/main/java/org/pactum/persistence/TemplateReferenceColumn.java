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
        if (column == null) {
            return null;
        }
        int slash = column.lastIndexOf('/');
        if (slash > 0) {
            try {
                return new TemplateReference(column.substring(0, slash), Integer.parseInt(column.substring(slash + 1)));
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("not a template reference of the form <id>/<version>: " + column);
    }
}
