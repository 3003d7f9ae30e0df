package org.pactum.web.api;

import java.util.List;
import java.util.Map;

import org.pactum.domain.language.Language;
import org.pactum.domain.template.Template;

/** A template as the API lists it: what it is for and the headings of its articles, not its full wording. */
public record TemplateJson(String id, String kind, int version, List<String> languages, List<ClauseJson> clauses) {

    public record ClauseJson(String key, Map<String, String> heading) {
    }

    static TemplateJson of(Template template) {
        return new TemplateJson(template.id(), template.kind().name(), template.version(),
                template.languages().stream().map(Language::code).toList(),
                template.clauses().stream().map(clause -> new ClauseJson(clause.key(), LocalizedJson.of(clause.heading()))).toList());
    }
}
