package org.pactum.persistence;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.pactum.domain.route.RouteStage;
import org.pactum.domain.route.StagesCodec;

/** Stores a route's stages as one JSON document: they are always read and written together with their route. */
@Converter
public class RouteStagesColumn implements AttributeConverter<List<RouteStage>, String> {

    @Override
    public String convertToDatabaseColumn(List<RouteStage> stages) {
        return stages == null ? null : StagesCodec.write(stages);
    }

    @Override
    public List<RouteStage> convertToEntityAttribute(String column) {
        return column == null ? null : StagesCodec.read(WordingJson.parse(column));
    }
}
