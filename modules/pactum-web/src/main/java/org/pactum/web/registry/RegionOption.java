package org.pactum.web.registry;

import org.pactum.domain.language.Language;
import org.pactum.domain.party.Region;

/** A region to filter by, named in the reader's language. */
public record RegionOption(String code, String name) {

    public static RegionOption of(Region region, Language language) {
        return new RegionOption(region.code(), region.name().preferring(language));
    }
}
