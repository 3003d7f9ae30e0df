package org.pactum.web.templates;

import java.util.List;
import java.util.function.UnaryOperator;

import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.language.Language;
import org.pactum.domain.template.Template;
import org.pactum.domain.template.TemplateVersion;
import org.pactum.web.faces.DateDisplay;

/**
 * One template as the catalogue lists it: its latest version, and who saved that.
 *
 * @param languages ISO 639-1 codes, in the template's order
 */
public record TemplateRow(String id, AgreementKind kind, List<String> languages, int version, String savedBy,
                          String savedAt) {

    /** @param people turns a username into the name people know the user by */
    public static TemplateRow of(TemplateVersion version, DateDisplay dates, UnaryOperator<String> people) {
        Template template = version.template();
        return new TemplateRow(template.id(), template.kind(), template.languages().stream().map(Language::code).toList(),
                template.version(), people.apply(version.savedBy()), dates.dateTime(version.savedAt()));
    }
}
