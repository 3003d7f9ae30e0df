package org.pactum.domain.template;

import java.util.Objects;

/** Names one version of a template, e.g. the wording a draft started from. */
public record TemplateReference(String id, int version) {

    public TemplateReference {
        Objects.requireNonNull(id, "id");
    }

    public static TemplateReference of(Template template) {
        return new TemplateReference(template.id(), template.version());
    }
}
