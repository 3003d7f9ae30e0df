package org.pactum.domain.template;

import java.time.Instant;
import java.util.Objects;

/** One stored version of a template, with who saved it and when; never changed once saved. */
public record TemplateVersion(Template template, String savedBy, Instant savedAt) {

    public TemplateVersion {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(savedBy, "savedBy");
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
