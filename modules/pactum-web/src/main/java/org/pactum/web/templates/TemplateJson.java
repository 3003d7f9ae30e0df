package org.pactum.web.templates;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.pactum.domain.language.Language;
import org.pactum.domain.template.Template;
import org.pactum.domain.template.TemplateVersion;
import org.pactum.web.json.LocalizedJson;
import org.pactum.web.json.WordingJson;

/**
 * A template version. Lists carry the headings of its articles; one template read on its own carries its wording.
 *
 * @param contentHash SHA-256 of the version's canonical content, as the audit trail names it
 * @param wording     the full wording with placeholders; only when one template version is read
 */
public record TemplateJson(String id, String kind, int version, List<String> languages, List<ClauseJson> clauses,
                           String savedBy, Instant savedAt, String contentHash, WordingJson wording) {

    public record ClauseJson(String key, Map<String, String> heading) {
    }

    static TemplateJson of(TemplateVersion saved) {
        Template template = saved.template();
        return new TemplateJson(template.id(), template.kind().name(), template.version(),
                template.languages().stream().map(Language::code).toList(),
                template.clauses().stream().map(clause -> new ClauseJson(clause.key(), LocalizedJson.of(clause.heading()))).toList(),
                saved.savedBy(), saved.savedAt(), template.contentHash(), null);
    }

    static TemplateJson withWording(TemplateVersion saved) {
        TemplateJson summary = of(saved);
        return new TemplateJson(summary.id, summary.kind, summary.version, summary.languages, summary.clauses,
                summary.savedBy, summary.savedAt, summary.contentHash, WordingJson.of(saved.template().wording()));
    }
}
