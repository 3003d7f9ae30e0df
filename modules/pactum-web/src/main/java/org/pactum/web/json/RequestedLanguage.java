package org.pactum.web.json;

import java.util.Locale;
import java.util.Optional;

import jakarta.ws.rs.core.HttpHeaders;

import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.language.Language;

/** The language a document is asked for in: {@code ?lang=} by name, else the first of Pactum's in Accept-Language. */
public final class RequestedLanguage {

    private RequestedLanguage() {
    }

    /**
     * The language named by {@code code}, else the first of Pactum's in the request's Accept-Language, else Russian.
     *
     * @throws InvalidInputException naming {@code lang} when {@code code} names none of Pactum's languages
     */
    public static Language of(String code, HttpHeaders headers) {
        if (code != null && !code.isBlank()) {
            return Language.fromCode(code)
                    .orElseThrow(() -> new InvalidInputException("lang", Rule.UNKNOWN, "must be ru, kk or en"));
        }
        return headers.getAcceptableLanguages().stream().map(Locale::getLanguage).map(Language::fromCode)
                .flatMap(Optional::stream).findFirst().orElse(Language.RU);
    }
}
