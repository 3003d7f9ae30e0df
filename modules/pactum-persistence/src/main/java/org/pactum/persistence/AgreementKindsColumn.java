package org.pactum.persistence;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.pactum.domain.agreement.AgreementKind;

/** Stores a set of agreement kinds as their names with commas between, in declaration order. */
@Converter
public class AgreementKindsColumn implements AttributeConverter<Set<AgreementKind>, String> {

    @Override
    public String convertToDatabaseColumn(Set<AgreementKind> kinds) {
        return kinds == null ? "" : kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<AgreementKind> convertToEntityAttribute(String column) {
        Set<AgreementKind> kinds = EnumSet.noneOf(AgreementKind.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(AgreementKind::valueOf).forEach(kinds::add);
        }
        return kinds;
    }
}
