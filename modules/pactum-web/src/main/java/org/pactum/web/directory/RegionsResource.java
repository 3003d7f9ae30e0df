package org.pactum.web.directory;

import static org.pactum.web.security.Roles.ADMIN;
import static org.pactum.web.security.Roles.APPROVER;
import static org.pactum.web.security.Roles.AUDITOR;
import static org.pactum.web.security.Roles.DRAFTER;
import static org.pactum.web.security.Roles.SIGNER;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import org.pactum.domain.party.Region;
import org.pactum.registry.boundary.Directory;
import org.pactum.web.json.ExpectedVersion;
import org.pactum.web.json.LocalizedJson;

@Path("regions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Regions", description = "Regions parties belong to, by ISO 3166-2 code")
public class RegionsResource {

    @Inject
    Directory directory;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "All regions, by code")
    public List<RegionJson> all() {
        return directory.regions().stream().map(RegionJson::of).toList();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "One region")
    public Response get(@PathParam("code") String code) {
        Region region = directory.region(code);
        return Response.ok(RegionJson.of(region)).tag(ExpectedVersion.tag(region.version())).build();
    }

    @POST
    @RolesAllowed(ADMIN)
    @Operation(summary = "Add a region")
    public Response add(@NotNull @Valid RegionInput input) {
        Region region = directory.addRegion(input.code(), LocalizedJson.parse("name", input.name()), caller());
        return Response.created(uri.getAbsolutePathBuilder().path(region.code()).build())
                .tag(ExpectedVersion.tag(region.version())).entity(RegionJson.of(region)).build();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Rename a region; needs the version it is based on")
    public Response rename(@PathParam("code") String code, @NotNull @Valid RegionInput input, @HeaderParam("If-Match") String ifMatch) {
        Region region = directory.renameRegion(code, LocalizedJson.parse("name", input.name()),
                ExpectedVersion.of(input.version(), ifMatch), caller());
        return Response.ok(RegionJson.of(region)).tag(ExpectedVersion.tag(region.version())).build();
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
