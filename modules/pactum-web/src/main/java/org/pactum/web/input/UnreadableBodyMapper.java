package org.pactum.web.input;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.pactum.web.problem.Problem;
import org.pactum.web.problem.ProblemResponses;

/** 400 malformed-request, as any unreadable body, but saying where in the body and what is wrong there. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<UnreadableBodyException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(UnreadableBodyException exception) {
        return ProblemResponses.of(Problem.of("malformed-request", "Malformed request", 400,
                "The request body is not the JSON this endpoint expects.").withErrors(exception.errors()), uri);
    }
}
