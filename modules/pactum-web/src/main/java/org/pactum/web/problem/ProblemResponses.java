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
        return Response.status(problem.status(), reasonPhrase(problem.status())).type(Problem.MEDIA_TYPE).entity(located).build();
    }

    /** JAX-RS knows no reason phrase for 422, and the server would print "CUSTOM" in the status line. */
    private static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return status == 422 ? "Unprocessable Content" : "Error";
    }

    public static Response of(Problem problem, ContainerRequestContext request) {
        return of(problem, request.getUriInfo());
    }
}
