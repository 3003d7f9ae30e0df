package org.pactum.web.templates;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.template.TemplateVersion;
import org.pactum.domain.user.Role;
import org.pactum.drafting.boundary.TemplateCatalogue;
import org.pactum.web.faces.AddressParameters;
import org.pactum.web.faces.CurrentUser;
import org.pactum.web.faces.DateDisplay;
import org.pactum.web.faces.NotFoundResponse;
import org.pactum.web.faces.People;

/**
 * One template: its latest version, or the older one the address names ({@code version}), read-only, with the list
 * of all its versions. Saved versions never change, so an old one's address keeps showing the same text.
 */
@Named
@RequestScoped
public class TemplateBacking {

    @Inject
    TemplateCatalogue catalogue;

    @Inject
    DateDisplay dates;

    @Inject
    People people;

    @Inject
    CurrentUser user;

    private String id;
    private String version;
    private TemplateText template;
    private List<TemplateVersionLine> versions = List.of();

    /** An unknown id, or a version the template does not have, is the not-found page. */
    public void load() throws IOException {
        if (id == null || id.isBlank()) {
            NotFoundResponse.send("template");
            return;
        }
        try {
            List<TemplateVersion> all = catalogue.versions(id.strip());
            Optional<TemplateVersion> shown = wanted(all);
            if (shown.isEmpty()) {
                NotFoundResponse.send("template version");
                return;
            }
            int latest = all.getLast().template().version();
            template = TemplateText.of(shown.get(), latest, dates, people::nameOf);
            versions = all.reversed().stream().map(saved -> TemplateVersionLine.of(saved, dates, people::nameOf)).toList();
        } catch (NotFoundException e) {
            NotFoundResponse.send("template");
        }
    }

    /** The latest version when the address names none; nothing when it names one that is not a number or not saved. */
    private Optional<TemplateVersion> wanted(List<TemplateVersion> all) {
        if (!AddressParameters.present(version)) {
            return Optional.of(all.getLast());
        }
        return AddressParameters.number(version)
                .flatMap(number -> all.stream().filter(saved -> saved.template().version() == number).findFirst());
    }

    /** Administrators keep templates; everyone else reads them. */
    public boolean isEditable() {
        return user.isIn(Role.ADMIN);
    }

    public TemplateText getTemplate() {
        return template;
    }

    public List<TemplateVersionLine> getVersions() {
        return versions;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
