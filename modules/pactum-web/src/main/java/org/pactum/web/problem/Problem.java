package org.pactum.web.problem;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.pactum.domain.error.FieldError;

/**
 * An RFC 9457 problem detail. {@code type} is {@code urn:pactum:problem:<slug>}, one slug per condition, listed in
 * docs/api.md; {@code errors} lists the offending fields of invalid input; {@code conflict} tells the second of two
 * concurrent editors what the first one changed.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "conflict"})
public record Problem(String type, String title, int status, String detail, String instance, List<InvalidField> errors,
                      EditConflict conflict) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:pactum:problem:";

    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, null, null, null);
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors, conflict);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors.stream().map(InvalidField::of).toList(), conflict);
    }

    public Problem withConflict(EditConflict editConflict) {
        return new Problem(type, title, status, detail, instance, errors, editConflict);
    }
}
