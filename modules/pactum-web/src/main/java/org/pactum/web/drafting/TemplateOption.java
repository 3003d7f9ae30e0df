package org.pactum.web.drafting;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.language.Language;
import org.pactum.domain.template.Template;
import org.pactum.domain.template.TemplateVersion;

/**
 * A template to start a new agreement from, as the choice lists it.
 *
 * @param languages the codes of the languages the template is written in, in its order
 * @param articles  how many articles it has
 */
public record TemplateOption(String id, int version, AgreementKind kind, List<String> languages, int articles)
        implements Serializable {

    public TemplateOption {
        languages = List.copyOf(languages);
    }

    public static TemplateOption of(TemplateVersion saved) {
        Template template = saved.template();
        return new TemplateOption(template.id(), template.version(), template.kind(),
                template.languages().stream().map(Language::code).toList(), template.clauses().size());
    }

    /** What a new agreement from this template is written in at first: the template's first two languages. */
    public List<Language> defaultLanguages() {
        return languages.stream().limit(2).map(Language::fromCode).flatMap(Optional::stream).toList();
    }
}
