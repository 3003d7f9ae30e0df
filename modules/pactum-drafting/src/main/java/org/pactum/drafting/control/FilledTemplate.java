package org.pactum.drafting.control;

import java.util.Objects;

import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.AgreementText;

/**
 * A template's texts with every placeholder replaced by what one agreement says, in the agreement's languages only:
 * the wording a preview or a first draft prints around the agreement's own title and signature blocks.
 *
 * @param template         the id of the template filled
 * @param templateVersion  the version of its wording
 */
public record FilledTemplate(String template, int templateVersion, LocalizedText kindName, LocalizedText placeAndDate,
                             LocalizedText preamble, AgreementText text, LocalizedText equallyAuthentic) {

    public FilledTemplate {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(kindName, "kindName");
        Objects.requireNonNull(placeAndDate, "placeAndDate");
        Objects.requireNonNull(preamble, "preamble");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(equallyAuthentic, "equallyAuthentic");
    }
}
