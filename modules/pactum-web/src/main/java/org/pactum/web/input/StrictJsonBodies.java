package org.pactum.web.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.pactum.web.problem.Problem;
import org.pactum.web.problem.ProblemResponses;
import org.pactum.web.problem.RequestSizeLimit;

/**
 * Every JSON body bound to a record, list or map is checked by {@link JsonBodyCheck} before JSON-B binds it. The body
 * is held in memory between the two readings, so it is read at most as far as the API's body limit
 * ({@link RequestSizeLimit#apiLimit()}): the request size limit in front of the API refuses more before this, and this
 * bound holds even without it.
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {

    @Context
    UriInfo uri;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType()) || !JsonBodyCheck.checks(context.getType())) {
            return context.proceed();
        }
        int limit = (int) Math.min(RequestSizeLimit.apiLimit(), Integer.MAX_VALUE - 8);
        byte[] body = context.getInputStream().readNBytes(limit + 1);
        if (body.length > limit) {
            throw new WebApplicationException(ProblemResponses.of(Problem.of("payload-too-large", "Request too large", 413,
                    "A JSON body has at most " + limit + " bytes."), uri));
        }
        if (body.length > 0) {
            JsonBodyCheck.check(new ByteArrayInputStream(body), context.getGenericType());
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static boolean isJson(MediaType type) {
        return type != null && "application".equalsIgnoreCase(type.getType())
                && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
    }
}
