package org.pactum.web.routing;

import static org.pactum.web.security.Roles.ADMIN;
import static org.pactum.web.security.Roles.APPROVER;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.routing.boundary.Routing;

/** "My tasks": what waits for the caller's decision. */
@Path("tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Approval")
public class TasksResource {

    @Inject
    Routing routing;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({APPROVER, ADMIN})
    @Operation(summary = "The caller's pending tasks, and those of absent approvers they stand in for, oldest first, "
            + "with the deadline")
    public List<TaskJson> mine() {
        Instant now = Instant.now();
        return routing.tasksOf(caller()).stream().map(task -> TaskJson.of(task, now)).toList();
    }

    @POST
    @Path("{id}/delegation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(APPROVER)
    @Operation(summary = "Hand a pending task to someone else, who decides on the caller's behalf")
    public AgreementRouteJson.TaskJson delegate(@PathParam("id") long id, @NotNull DelegationInput input) {
        return AgreementRouteJson.TaskJson.of(routing.delegate(id, input.to(), input.remark(), caller()));
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
