package org.pactum.web.input;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.pactum.web.problem.ProblemMapping;
import org.pactum.web.problem.ProblemResponses;

/** 422 invalid-input naming the parameter, as for a page out of range or an unknown status. */
@Provider
public class ParameterRefusedMapper implements ExceptionMapper<ParameterRefusedException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ParameterRefusedException exception) {
        return ProblemResponses.of(ProblemMapping.problemFor(exception.asInvalidInput()), uri);
    }
}
