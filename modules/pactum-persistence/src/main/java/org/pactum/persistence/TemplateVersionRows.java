package org.pactum.persistence;

import java.time.ZoneOffset;
import java.util.List;

import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.language.Language;
import org.pactum.domain.template.Template;
import org.pactum.domain.template.TemplateVersion;
import org.pactum.domain.text.Wording;

/**
 * Template versions as rows of template_version: the template's id, version, kind and languages in columns, its texts
 * as one wording JSON document ({@link WordingJson}). Portable SQL with positional parameters, run as native queries
 * by {@link JpaTemplates} and over plain JDBC by the tests.
 */
final class TemplateVersionRows {

    private static final String COLUMNS = "template_id, version, kind, languages, wording, saved_by, saved_at";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM template_version t";

    static final String INSERT = "INSERT INTO template_version (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)";
    /** No parameters. */
    static final String LATEST = SELECT
            + " WHERE version = (SELECT MAX(v.version) FROM template_version v WHERE v.template_id = t.template_id) ORDER BY template_id";
    /** Parameters: template id. */
    static final String LATEST_OF = SELECT + " WHERE template_id = ? ORDER BY version DESC FETCH FIRST 1 ROWS ONLY";
    /** Parameters: template id, version. */
    static final String ONE = SELECT + " WHERE template_id = ? AND version = ?";
    /** Parameters: template id, version. */
    static final String EXISTS = "SELECT 1 FROM template_version WHERE template_id = ? AND version = ?";
    /** Parameters: template id. */
    static final String VERSIONS = SELECT + " WHERE template_id = ? ORDER BY version";

    private TemplateVersionRows() {
    }

    /** The values for {@link #INSERT}, in order. */
    static List<Object> values(TemplateVersion saved) {
        Template template = saved.template();
        String languages = LanguagesColumn.write(template.languages());
        return List.of(template.id(), template.version(), template.kind().name(), languages,
                WordingJson.write(template.wording()), saved.savedBy(), saved.savedAt().atOffset(ZoneOffset.UTC));
    }

    static TemplateVersion templateVersion(NativeRow row) {
        String id = row.text(0);
        int version = (int) row.number(1);
        List<Language> languages = LanguagesColumn.read(row.text(3), "template " + id + "/" + version);
        Wording wording;
        try {
            wording = WordingJson.read(row.text(4));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the wording of template " + id + "/" + version + " is unreadable: " + e.getMessage(), e);
        }
        Template template = new Template(id, AgreementKind.valueOf(row.text(2)), version, languages, wording.kindName(),
                wording.placeAndDate(), wording.preamble(), wording.clauses(), wording.equallyAuthentic());
        return new TemplateVersion(template, row.text(5), row.instant(6));
    }
}
