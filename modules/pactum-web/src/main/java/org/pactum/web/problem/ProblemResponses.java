package org.pactum.web.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds JAX-RS responses that carry a problem. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(Problem problem, UriInfo uri) {
        Problem located = uri == null ? problem : problem.at(uri.getRequestUri().getRawPath());
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(located).build();
    }

    public static Response of(Problem problem, ContainerRequestContext request) {
        return of(problem, request.getUriInfo());
    }
}
