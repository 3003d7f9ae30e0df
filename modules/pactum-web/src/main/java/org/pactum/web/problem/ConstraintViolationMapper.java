package org.pactum.web.problem;

import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.Rule;

/** Bean Validation failures on request bodies and parameters: 422, listing each field by its JSON path. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new FieldError(fieldOf(violation), ruleOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return ProblemResponses.of(Problem.of("invalid-input", "Invalid input", 422,
                "The request has " + errors.size() + " invalid field(s).").withErrors(errors), uri);
    }

    /** Absence is the domain's {@link Rule#REQUIRED}; any other constraint is about the request's shape. */
    static Rule ruleOf(ConstraintViolation<?> violation) {
        Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
        return constraint == NotNull.class || constraint == NotBlank.class || constraint == NotEmpty.class
                ? Rule.REQUIRED : Rule.INVALID;
    }

    /** {@code create.input.title.kk} becomes {@code title.kk}; a violated query parameter keeps its own name. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .filter(node -> node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.CONSTRUCTOR)
                .toList();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean bodyParameter = node.getKind() == ElementKind.PARAMETER && i < nodes.size() - 1;
            if (!bodyParameter && node.getName() != null && !node.getName().startsWith("<")) {
                field.append(field.length() > 0 ? "." : "").append(node.getName());
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('.').append(node.getKey());
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}
