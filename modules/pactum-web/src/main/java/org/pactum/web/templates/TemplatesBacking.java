package org.pactum.web.templates;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.user.Role;
import org.pactum.drafting.boundary.TemplateCatalogue;
import org.pactum.web.faces.CurrentUser;
import org.pactum.web.faces.DateDisplay;
import org.pactum.web.faces.People;

/**
 * The catalogue of templates: the latest version of each. Every role may read it, as the API allows; only
 * administrators are offered to change a template (template-edit.xhtml, which web.xml keeps for them).
 */
@Named
@RequestScoped
public class TemplatesBacking {

    @Inject
    TemplateCatalogue catalogue;

    @Inject
    DateDisplay dates;

    @Inject
    People people;

    @Inject
    CurrentUser user;

    private List<TemplateRow> rows;

    public List<TemplateRow> getRows() {
        if (rows == null) {
            rows = catalogue.all().stream().map(version -> TemplateRow.of(version, dates, people::nameOf)).toList();
        }
        return rows;
    }

    public boolean isEditable() {
        return user.isIn(Role.ADMIN);
    }
}
