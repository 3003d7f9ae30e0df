package org.pactum.web.directory;

import java.util.Map;

import org.pactum.domain.party.Region;
import org.pactum.web.json.LocalizedJson;

public record RegionJson(String code, String country, Map<String, String> name, long version) {

    static RegionJson of(Region region) {
        return new RegionJson(region.code(), region.country(), LocalizedJson.of(region.name()), region.version());
    }
}
