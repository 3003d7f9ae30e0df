package org.pactum.drafting.entity;

import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.Wording;

/** The texts of a wording around its numbered articles, in the order they are printed. */
public enum Passage {
    /** "Соглашение", "Келісім": the line naming the document's kind. */
    KIND_NAME,
    PLACE_AND_DATE,
    PREAMBLE,
    /** The closing statement that every language's text is equally authentic. */
    EQUALLY_AUTHENTIC;

    public LocalizedText in(Wording wording) {
        return switch (this) {
            case KIND_NAME -> wording.kindName();
            case PLACE_AND_DATE -> wording.placeAndDate();
            case PREAMBLE -> wording.preamble();
            case EQUALLY_AUTHENTIC -> wording.equallyAuthentic();
        };
    }
}
