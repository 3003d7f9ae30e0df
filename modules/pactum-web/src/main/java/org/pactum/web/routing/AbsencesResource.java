package org.pactum.web.routing;

import static org.pactum.web.security.Roles.ADMIN;
import static org.pactum.web.security.Roles.APPROVER;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.domain.route.NotEntitledToDecideException;
import org.pactum.routing.boundary.RouteAdministration;

/** Approvers' absences and the deputies who decide their tasks meanwhile. */
@Path("absences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Approval")
public class AbsencesResource {
    @Inject
    RouteAdministration administration;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({APPROVER, ADMIN})
    @Operation(summary = "The absences of an approver (the caller's unless an administrator names another)")
    public List<AbsenceJson> absences(@QueryParam("account") String account) {
        return administration.absencesOf(accountFor(account)).stream().map(AbsenceJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({APPROVER, ADMIN})
    @Operation(summary = "Record an absence and the deputy who decides the approver's tasks meanwhile")
    public Response recordAbsence(@NotNull AbsenceJson input) {
        AbsenceJson recorded = AbsenceJson.of(administration.recordAbsence(accountFor(input.account()),
                input.deputy(), input.firstDay(), input.lastDay(), caller()));
        return Response.status(Response.Status.CREATED).entity(recorded).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({APPROVER, ADMIN})
    @Operation(summary = "End or cancel an absence: the caller's own, or anyone's for an administrator")
    public Response removeAbsence(@PathParam("id") long id) {
        administration.removeAbsence(id, security.isUserInRole(ADMIN) ? null : caller(), caller());
        return Response.noContent().build();
    }

    /** Approvers manage their own absences; only an administrator acts for someone else. */
    private String accountFor(String account) {
        if (account == null || account.isBlank() || account.strip().equals(caller())) {
            return caller();
        }
        if (!security.isUserInRole(ADMIN)) {
            throw new NotEntitledToDecideException("only an administrator records someone else's absence");
        }
        return account.strip();
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
