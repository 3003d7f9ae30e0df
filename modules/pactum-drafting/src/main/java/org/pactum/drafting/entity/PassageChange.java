package org.pactum.drafting.entity;

import java.util.List;
import java.util.Objects;

/**
 * A passage outside the articles that differs in at least one language.
 *
 * @param texts one per language the passage has in either revision, changed or not, in {@code Language} order
 */
public record PassageChange(Passage passage, List<TextChange> texts) {

    public PassageChange {
        Objects.requireNonNull(passage, "passage");
        texts = List.copyOf(texts);
    }
}
