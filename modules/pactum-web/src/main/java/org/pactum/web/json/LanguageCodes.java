package org.pactum.web.json;

import java.util.ArrayList;
import java.util.List;

import org.pactum.domain.error.Rule;
import org.pactum.domain.error.Violations;
import org.pactum.domain.language.Language;

/** Language codes in a request body ({@code ["ru", "kk"]}), each unknown one reported by its position. */
public final class LanguageCodes {

    private LanguageCodes() {
    }

    /** @throws org.pactum.domain.error.InvalidInputException naming {@code languages[i]} for each unknown code */
    public static List<Language> parse(List<String> codes) {
        List<Language> parsed = new ArrayList<>();
        Violations violations = new Violations();
        for (int i = 0; i < codes.size(); i++) {
            var language = Language.fromCode(codes.get(i));
            language.ifPresent(parsed::add);
            violations.check(language.isPresent(), "languages[" + i + "]", Rule.UNKNOWN, "is not a language; use ru, kk or en");
        }
        violations.throwIfAny();
        return parsed;
    }
}
