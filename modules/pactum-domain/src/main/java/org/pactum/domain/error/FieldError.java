package org.pactum.domain.error;

/** One offending input field: a dotted path such as {@code title.kk} or {@code parties}, and what is wrong with it. */
public record FieldError(String field, String message) {
}
