package org.pactum.web.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.pactum.domain.error.FieldError;

/**
 * One entry of a 422's {@code errors}: the field, the rule it broke as its code (e.g. {@code too-long}, see
 * docs/api.md), and the English message.
 */
@JsonbPropertyOrder({"field", "rule", "message"})
public record InvalidField(String field, String rule, String message) {

    static InvalidField of(FieldError error) {
        return new InvalidField(error.field(), error.rule().code(), error.message());
    }
}
