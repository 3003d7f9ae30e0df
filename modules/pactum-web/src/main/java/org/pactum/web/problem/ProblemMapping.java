package org.pactum.web.problem;

import java.util.Map;

import org.pactum.domain.agreement.AgreementNotEditableException;
import org.pactum.domain.agreement.IllegalTransitionException;
import org.pactum.domain.error.DuplicateException;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.error.PactumException;
import org.pactum.domain.error.StaleVersionException;

/** Which HTTP status and title each domain condition gets. */
public final class ProblemMapping {

    private record Shape(int status, String title) {
    }

    private static final Map<Class<? extends PactumException>, Shape> SHAPES = Map.of(
            NotFoundException.class, new Shape(404, "Not found"),
            InvalidInputException.class, new Shape(422, "Invalid input"),
            StaleVersionException.class, new Shape(409, "Changed by someone else"),
            IllegalTransitionException.class, new Shape(409, "Not allowed in this status"),
            AgreementNotEditableException.class, new Shape(409, "Not editable in this status"),
            DuplicateException.class, new Shape(409, "Already exists"));

    private ProblemMapping() {
    }

    public static Problem problemFor(PactumException exception) {
        Shape shape = SHAPES.entrySet().stream()
                .filter(entry -> entry.getKey().isInstance(exception))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(new Shape(400, "Request refused"));
        Problem problem = Problem.of(exception.problemType(), shape.title(), shape.status(), exception.getMessage());
        return exception instanceof InvalidInputException invalid ? problem.withErrors(invalid.errors()) : problem;
    }

    public static Problem staleVersion() {
        return Problem.of("stale-version", "Changed by someone else", 409,
                "Someone else changed this at the same moment; reload it and apply your change again.");
    }
}
