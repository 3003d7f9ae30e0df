package org.pactum.web.input;

import jakarta.ws.rs.WebApplicationException;

import org.pactum.domain.error.InvalidInputException;

/**
 * A path, query or header parameter that is not of its type. A web application exception, because the JAX-RS runtime
 * passes those from a parameter converter on unchanged, where it turns any other into "nothing at this address".
 */
public class ParameterRefusedException extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    public ParameterRefusedException(InvalidInputException refusal) {
        super(refusal.getMessage(), refusal, 422);
    }

    /** The refusal as the domain words invalid input, so it reads like every other refused parameter. */
    public InvalidInputException asInvalidInput() {
        return (InvalidInputException) getCause();
    }
}
