package org.pactum.web.routing;

import static org.pactum.web.security.Roles.APPROVER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.route.DecisionKind;
import org.pactum.routing.boundary.Routing;
import org.pactum.web.json.EnumParameter;

/** Approvers' decisions on an agreement's route. */
@Path("agreements/{id}/decisions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Approval")
public class DecisionsResource {

    @Inject
    Routing routing;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(APPROVER)
    @Operation(summary = "Approve, return (with comments) or reject the revision read; 403 to someone the stage does "
            + "not ask or to the author, 409 on a stale revision or a second decision on one stage")
    public AgreementRouteJson decide(@PathParam("id") long id, @NotNull DecisionInput input) {
        DecisionKind kind = EnumParameter.parse(DecisionKind.class, "decision", input.decision());
        if (kind == null) {
            throw new InvalidInputException("decision", Rule.REQUIRED, "must be APPROVE, RETURN or REJECT");
        }
        if (input.revision() == null) {
            throw new InvalidInputException("revision", Rule.REQUIRED, "must name the revision that was read");
        }
        return AgreementRouteJson.of(routing.decide(id, kind, input.revision(), input.remark(),
                security.getUserPrincipal().getName()));
    }
}
