package org.pactum.drafting.boundary;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.template.Template;
import org.pactum.drafting.control.FilledTemplate;
import org.pactum.drafting.control.SeedTemplates;
import org.pactum.drafting.control.StandardPhrases;
import org.pactum.drafting.control.TemplateFiller;

/** The catalogue of agreement templates, read once from the seed files, and filling them from agreements. */
@ApplicationScoped
public class Templates {

    private List<Template> templates;
    private TemplateFiller filler;

    @PostConstruct
    void load() {
        templates = SeedTemplates.load();
        filler = new TemplateFiller(StandardPhrases.load());
    }

    public List<Template> all() {
        return templates;
    }

    public Optional<Template> find(String id) {
        return templates.stream().filter(template -> template.id().equals(id)).findFirst();
    }

    /** @throws NotFoundException when there is no template with that id */
    public Template get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("Template", id));
    }

    /** @throws NotFoundException when no template is written for the kind */
    public Template defaultFor(AgreementKind kind) {
        return templates.stream().filter(template -> template.kind() == kind).findFirst()
                .orElseThrow(() -> new NotFoundException("Template for", kind));
    }

    /** The agreement's texts from its kind's default template. */
    public FilledTemplate fill(Agreement agreement) {
        return filler.fill(defaultFor(agreement.kind()), agreement);
    }
}
