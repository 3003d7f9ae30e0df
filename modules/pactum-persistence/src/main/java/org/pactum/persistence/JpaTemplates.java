package org.pactum.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.pactum.domain.error.DuplicateException;
import org.pactum.domain.template.Template;
import org.pactum.domain.template.TemplateVersion;
import org.pactum.domain.template.Templates;

/** Template versions in template_version, through native SQL on the persistence context: a record cannot be a JPA entity. */
@ApplicationScoped
public class JpaTemplates implements Templates {

    @PersistenceContext(unitName = "pactum")
    EntityManager em;

    @Override
    public List<TemplateVersion> latest() {
        return read(TemplateVersionRows.LATEST);
    }

    @Override
    public Optional<TemplateVersion> find(String id) {
        return read(TemplateVersionRows.LATEST_OF, id).stream().findFirst();
    }

    @Override
    public Optional<TemplateVersion> find(String id, int version) {
        return read(TemplateVersionRows.ONE, id, version).stream().findFirst();
    }

    @Override
    public List<TemplateVersion> versions(String id) {
        return read(TemplateVersionRows.VERSIONS, id);
    }

    /**
     * @throws DuplicateException if that version of the template is stored already; the primary key refuses one that
     *                            a concurrent transaction adds first
     */
    @Override
    public TemplateVersion add(TemplateVersion version) {
        Template template = version.template();
        if (NativeSql.exists(em, TemplateVersionRows.EXISTS, template.id(), template.version())) {
            throw new DuplicateException("Template", template.id() + "/" + template.version());
        }
        NativeSql.update(em, TemplateVersionRows.INSERT, TemplateVersionRows.values(version));
        return version;
    }

    private List<TemplateVersion> read(String sql, Object... parameters) {
        return NativeSql.rows(em, sql, parameters).stream().map(TemplateVersionRows::templateVersion).toList();
    }
}
