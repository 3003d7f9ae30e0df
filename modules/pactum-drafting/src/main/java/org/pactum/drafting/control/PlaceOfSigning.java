package org.pactum.drafting.control;

import java.util.EnumMap;
import java.util.Map;

import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.Placeholder;
import org.pactum.domain.text.Wording;

/**
 * The "place and date" line of a new draft: the place where it will be signed ("г. Омск", "Омбы қ."), then the date,
 * which stays a placeholder until registration. The shipped templates leave a blank where the place goes; a place
 * given when the draft is started replaces the template's line in each language it is written in.
 */
public final class PlaceOfSigning {

    private static final String DATE = "{" + Placeholder.DATE.token() + "}";

    private PlaceOfSigning() {
    }

    /** The wording with its place-and-date line naming the place, in every language the place is given in. */
    public static Wording named(Wording wording, LocalizedText place) {
        if (place == null || place.languages().isEmpty()) {
            return wording;
        }
        Map<Language, String> lines = new EnumMap<>(Language.class);
        lines.putAll(wording.placeAndDate().asMap());
        place.asMap().forEach((language, name) -> {
            if (!name.isBlank()) {
                lines.put(language, name.strip() + ", " + DATE);
            }
        });
        return new Wording(wording.kindName(), LocalizedText.of(lines), wording.preamble(), wording.text(),
                wording.equallyAuthentic());
    }
}
