package org.pactum.domain.template;

import java.util.List;
import java.util.Optional;

/** The stored templates, every version of each; a version once saved is never changed. */
public interface Templates {

    /** The latest version of every template, by id. */
    List<TemplateVersion> latest();

    /** The latest version of the template. */
    Optional<TemplateVersion> find(String id);

    Optional<TemplateVersion> find(String id, int version);

    /** Every version of the template, oldest first. */
    List<TemplateVersion> versions(String id);

    /** Saves a new version; refused by the store if that id and version exist already. */
    TemplateVersion add(TemplateVersion version);
}
