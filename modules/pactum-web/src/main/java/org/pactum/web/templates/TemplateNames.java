package org.pactum.web.templates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.pactum.domain.agreement.AgreementKind;
import org.pactum.web.faces.PageMessages;

/**
 * What a template is called on the pages, in the reader's language: the shipped ones by their name
 * ({@code template.name.<id>}: "Типовое соглашение о сотрудничестве"), never by the identifier the address and the
 * API use. A template an administrator added has no name in the bundle; it is called by its kind and the identifier
 * its author chose.
 */
@Named
@ApplicationScoped
public class TemplateNames {

    private static final String PREFIX = "template.name.";

    public String of(String id, AgreementKind kind) {
        String name = PageMessages.text(PREFIX + id);
        if (!name.equals(PREFIX + id)) {
            return name;
        }
        return kind == null ? id : PageMessages.text("template.name.other", PageMessages.text("kind." + kind.name()), id);
    }
}
