package org.pactum.domain.error;

import java.util.Objects;

/**
 * One offending input field: a dotted path such as {@code title.kk} or {@code parties}, the rule it broke, and what is
 * wrong with it in English for developers.
 *
 * @param detail what the rule's message names besides the field, e.g. the limit of {@link Rule#TOO_LONG} or the
 *               placeholder of {@link Rule#UNKNOWN_PLACEHOLDER}; empty when it names nothing
 */
public record FieldError(String field, Rule rule, String message, String detail) {

    public FieldError {
        Objects.requireNonNull(rule, "rule");
        detail = detail == null ? "" : detail;
    }

    public FieldError(String field, Rule rule, String message) {
        this(field, rule, message, "");
    }
}
