package org.pactum.web.routing;

import static org.pactum.web.security.Roles.ADMIN;
import static org.pactum.web.security.Roles.APPROVER;

import java.util.LinkedHashSet;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.routing.boundary.RouteAdministration;
import org.pactum.web.json.LocalizedJson;

/** The groups of approvers stages ask; administrators set them up. */
@Path("approver-groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Approval")
public class ApproverGroupsResource {

    @Inject
    RouteAdministration administration;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({APPROVER, ADMIN})
    @Operation(summary = "The groups of approvers stages can ask, with their members")
    public List<ApproverGroupJson> groups() {
        return administration.groups().stream().map(ApproverGroupJson::of).toList();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ADMIN)
    @Operation(summary = "Create a group or change its name and members")
    public ApproverGroupJson putGroup(@PathParam("code") String code, @NotNull ApproverGroupJson input) {
        return ApproverGroupJson.of(administration.putGroup(code, LocalizedJson.parse("name", input.name()),
                input.members() == null ? null : new LinkedHashSet<>(input.members()),
                security.getUserPrincipal().getName()));
    }
}
