package org.pactum.domain.agreement;

import java.util.Objects;

/** Names one version of a template, e.g. the wording a draft started from. */
public record TemplateReference(String id, int version) {

    public TemplateReference {
        Objects.requireNonNull(id, "id");
    }

    /**
     * Reads the stored form {@code "<id>/<version>"}, e.g. {@code cooperation-agreement/2}; null stays null.
     *
     * @throws IllegalArgumentException if the text is not of that form
     */
    public static TemplateReference parse(String text) {
        if (text == null) {
            return null;
        }
        int slash = text.lastIndexOf('/');
        if (slash > 0) {
            try {
                return new TemplateReference(text.substring(0, slash), Integer.parseInt(text.substring(slash + 1)));
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("not a template reference of the form <id>/<version>: " + text);
    }

}
