package org.pactum.web.routing;

import static org.pactum.web.security.Roles.ADMIN;
import static org.pactum.web.security.Roles.APPROVER;
import static org.pactum.web.security.Roles.AUDITOR;
import static org.pactum.web.security.Roles.DRAFTER;
import static org.pactum.web.security.Roles.SIGNER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.domain.error.NotFoundException;
import org.pactum.routing.boundary.Routing;

/** An agreement's approval route. */
@Path("agreements/{id}/route")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Approval", description = "The route an agreement is on, and approvers' decisions")
public class AgreementRouteResource {

    @Inject
    Routing routing;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "The route: stages, rule, approvers, every task and decision, the stage that waits")
    public AgreementRouteJson route(@PathParam("id") long id) {
        return routing.routeOf(id).map(AgreementRouteJson::of)
                .orElseThrow(() -> new NotFoundException("Approval route of agreement", id));
    }
}
