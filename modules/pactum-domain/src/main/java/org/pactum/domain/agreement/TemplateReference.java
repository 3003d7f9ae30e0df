package org.pactum.domain.agreement;

import java.util.Objects;

/** Names one version of a template, e.g. the wording a draft started from. */
public record TemplateReference(String id, int version) {

    public TemplateReference {
        Objects.requireNonNull(id, "id");
    }

}
