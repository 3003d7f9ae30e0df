package org.pactum.domain.error;

import java.util.List;

/** Input that breaks a rule of the domain; lists every offending field at once so a form can show them together. */
public class InvalidInputException extends PactumException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("The input is not valid: " + errors.stream().map(e -> e.field() + " " + e.message()).toList());
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one field error");
        }
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, Rule rule, String message) {
        this(List.of(new FieldError(field, rule, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public String problemType() {
        return "invalid-input";
    }
}
