package org.pactum.web.faces;

import java.io.Serializable;

import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;

/**
 * A text as shown to a reader of one language: in that language when it exists, else in another one — and which
 * language that is, so the page can mark it ({@code lang}) for screen readers and hyphenation.
 */
public record Shown(String text, String lang) implements Serializable {

    public static Shown of(LocalizedText text, Language wanted) {
        String shown = text.preferring(wanted);
        Language actual = text.has(wanted) ? wanted
                : text.languages().stream().filter(l -> text.in(l).orElse("").equals(shown)).findFirst().orElse(wanted);
        return new Shown(shown, actual.code());
    }
}
