package org.pactum.web.input;

import java.util.List;

import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.PactumException;

/**
 * A request body that cannot be read as the JSON its endpoint takes: not JSON at all, more after the JSON value, a
 * name twice in one object, or a value of the wrong JSON type. Each error names the place by its JSON path.
 */
public class UnreadableBodyException extends PactumException {

    private final List<FieldError> errors;

    public UnreadableBodyException(List<FieldError> errors) {
        super("The request body is not the JSON this endpoint expects: "
                + errors.stream().map(e -> e.field() + " " + e.message()).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public String problemType() {
        return "malformed-request";
    }
}
