package org.pactum.drafting.entity;

import java.util.Objects;

/**
 * One of an agreement's fields that differs between two revisions.
 *
 * @param name   the flat name the revision stores it under, e.g. {@code title.kk}, {@code parties[1].organization.ru}
 * @param before null when the field was added
 * @param after  null when the field was removed
 */
public record FieldChange(String name, String before, String after) {

    public FieldChange {
        Objects.requireNonNull(name, "name");
    }
}
