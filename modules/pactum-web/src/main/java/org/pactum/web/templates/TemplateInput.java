package org.pactum.web.templates;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.language.Language;
import org.pactum.domain.text.ArticleKeys;
import org.pactum.drafting.boundary.TemplateDraft;
import org.pactum.web.json.LanguageCodes;
import org.pactum.web.json.WordingJson;

/**
 * A template as an administrator sends it: on creation with its id, on update with the version it is based on.
 *
 * @param id      a lower-case slug such as {@code water-management-agreement}; ignored on update
 * @param version required for an update: the version edited (or send it as {@code If-Match})
 */
public record TemplateInput(String id, @NotNull AgreementKind kind, @NotNull List<String> languages,
                            @NotNull @Valid WordingJson wording, Integer version) {

    /** @param keys the keys of the template's articles in every version, which a new article must not take */
    TemplateDraft toDraft(ArticleKeys keys) {
        List<Language> parsed = LanguageCodes.parse(languages);
        return new TemplateDraft(id, kind, parsed, wording.toWording("wording", keys));
    }
}
