package org.pactum.web.routing;

import static org.pactum.web.security.Roles.ADMIN;
import static org.pactum.web.security.Roles.APPROVER;
import static org.pactum.web.security.Roles.AUDITOR;
import static org.pactum.web.security.Roles.DRAFTER;
import static org.pactum.web.security.Roles.SIGNER;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.domain.route.RouteTemplate;
import org.pactum.routing.boundary.RouteAdministration;
import org.pactum.web.json.ExpectedVersion;

/** The approval routes: everyone reads them (a drafter picks one at submission); administrators write them. */
@Path("routes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Routes", description = "Approval routes: stages, who decides, by which rule, deadlines")
public class RoutesResource {

    @Inject
    RouteAdministration administration;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "Every route, by code, with the kinds it serves and is the default for")
    public List<RouteJson> list() {
        return administration.routes().stream().map(RouteJson::of).toList();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "One route")
    public Response get(@PathParam("code") String code) {
        return withTag(administration.route(code));
    }

    @POST
    @RolesAllowed(ADMIN)
    @Operation(summary = "Set up a route; making it the default for a kind takes that from the route that was")
    public Response create(@NotNull RouteInput input) {
        RouteTemplate created = administration.create(input.toDefinition(input.code()), caller());
        URI location = uri.getAbsolutePathBuilder().path(created.code()).build();
        return Response.created(location).entity(RouteJson.of(created))
                .tag(ExpectedVersion.tag(created.version())).build();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Change a route for agreements submitted from now on; needs the version edited (body or "
            + "If-Match). Agreements already on it keep the stages they started with")
    public Response update(@PathParam("code") String code, @NotNull RouteInput input,
                           @HeaderParam("If-Match") String ifMatch) {
        long expected = ExpectedVersion.of(input.version(), ifMatch);
        return withTag(administration.update(code, input.toDefinition(code), expected, caller()));
    }

    private static Response withTag(RouteTemplate route) {
        return Response.ok(RouteJson.of(route)).tag(ExpectedVersion.tag(route.version())).build();
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
