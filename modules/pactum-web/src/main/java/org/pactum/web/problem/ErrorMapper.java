package org.pactum.web.problem;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.pactum.domain.agreement.ConcurrentEditException;
import org.pactum.domain.error.PactumException;
import org.pactum.drafting.boundary.Drafting;

/**
 * Every other failure. Domain conditions and optimistic-lock conflicts are found even when a transaction wraps them;
 * anything unexpected is logged once here with an incident id, and the client gets only that id.
 */
@Provider
@ApplicationScoped
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    /** Tells a late editor what changed meanwhile. */
    @Inject
    Drafting drafting;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public Response toResponse(Throwable exception) {
        var tooLarge = RequestSizeLimit.exceeded(exception, servletRequest);
        if (tooLarge.isPresent()) {
            // The rest of the body stays unread: the connection it would come on is closed after this answer.
            Response answer = ProblemResponses.of(RequestSizeLimit.tooLarge(servletRequest, tooLarge.get().limit()), uri);
            return Response.fromResponse(answer).header("Connection", "close").build();
        }
        Response answer = ProblemResponses.of(problemFor(exception), uri);
        if (exception instanceof WebApplicationException web && web.getResponse().getHeaderString("Allow") != null) {
            // A 405 says which methods the address takes.
            return Response.fromResponse(answer).header("Allow", web.getResponse().getHeaderString("Allow")).build();
        }
        return answer;
    }

    Problem problemFor(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrentEditException edit) {
                return ProblemMapping.problemFor(edit).withConflict(EditConflict.of(edit, drafting.changesSince(edit)));
            }
            if (cause instanceof PactumException pactum) {
                return ProblemMapping.problemFor(pactum);
            }
            if (cause instanceof OptimisticLockException) {
                return ProblemMapping.staleVersion();
            }
            if (cause instanceof JsonbException) {
                return Problem.of("malformed-request", "Malformed request", 400,
                        "The request body is not the JSON this endpoint expects.");
            }
            if (cause instanceof WebApplicationException web && cause == exception) {
                return httpProblem(web.getResponse().getStatus());
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident + " on " + (uri == null ? "?" : uri.getRequestUri()), exception);
        return Problem.of("internal-error", "Internal error", 500,
                "Something went wrong on our side. Incident " + incident + " has been logged.");
    }

    /** The problem for an HTTP status that carries no more than its number. */
    public static Problem httpProblem(int status) {
        return switch (status) {
            case 400 -> Problem.of("malformed-request", "Malformed request", 400, "The request could not be read.");
            case 401 -> Problem.of("unauthenticated", "Authentication required", 401, "This API needs HTTP Basic credentials.");
            case 403 -> Problem.of("forbidden", "Not allowed", 403, "Your roles do not allow this.");
            case 404 -> Problem.of("not-found", "Not found", 404, "There is nothing at this address.");
            case 405 -> Problem.of("method-not-allowed", "Method not allowed", 405, "This address does not accept that method.");
            case 406 -> Problem.of("not-acceptable", "Not acceptable", 406, "This address cannot answer in any media type the request accepts.");
            case 415 -> Problem.of("unsupported-media-type", "Unsupported media type", 415, "Send application/json.");
            default -> Problem.of("http-" + status, Response.Status.fromStatusCode(status) == null
                    ? "HTTP " + status : Response.Status.fromStatusCode(status).getReasonPhrase(), status, null);
        };
    }
}
