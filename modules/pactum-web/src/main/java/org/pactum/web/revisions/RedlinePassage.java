package org.pactum.web.revisions;

import java.io.Serializable;
import java.util.List;

import org.pactum.drafting.entity.PassageChange;
import org.pactum.drafting.entity.TextChange;

/**
 * A changed text around the articles (the preamble, the closing statement…) with a column per changed language.
 *
 * @param labelKey the bundle key naming it, shared with the template pages
 */
public record RedlinePassage(String labelKey, List<RedlineCell> cells) implements Serializable {

    public static RedlinePassage of(PassageChange change) {
        String name = switch (change.passage()) {
            case KIND_NAME -> "kindName";
            case PLACE_AND_DATE -> "placeAndDate";
            case PREAMBLE -> "preamble";
            case EQUALLY_AUTHENTIC -> "equallyAuthentic";
        };
        return new RedlinePassage("template.part." + name, change.texts().stream().filter(TextChange::isChanged)
                .map(text -> RedlineCell.of(null, text)).toList());
    }
}
