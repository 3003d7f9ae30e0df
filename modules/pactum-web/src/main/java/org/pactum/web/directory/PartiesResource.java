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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.domain.party.Party;
import org.pactum.registry.boundary.Directory;
import org.pactum.web.json.ExpectedVersion;

@Path("parties")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Parties", description = "Organisations that conclude agreements, with their signatories")
public class PartiesResource {

    @Inject
    Directory directory;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "Find parties by organisation name (any language) and region")
    public List<PartyJson> search(@QueryParam("q") String text, @QueryParam("region") String regionCode) {
        return directory.parties(text, regionCode).stream().map(PartyJson::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "One party")
    public Response get(@PathParam("id") long id) {
        Party party = directory.party(id);
        return Response.ok(PartyJson.of(party)).tag(ExpectedVersion.tag(party.version())).build();
    }

    @POST
    @RolesAllowed({DRAFTER, ADMIN})
    @Operation(summary = "Add a party")
    public Response add(@NotNull @Valid PartyInput input) {
        Party party = directory.addParty(input.toDraft(), caller());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(party.id())).build())
                .tag(ExpectedVersion.tag(party.version())).entity(PartyJson.of(party)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({DRAFTER, ADMIN})
    @Operation(summary = "Change a party; needs the version it is based on")
    public Response revise(@PathParam("id") long id, @NotNull @Valid PartyInput input, @HeaderParam("If-Match") String ifMatch) {
        Party party = directory.reviseParty(id, input.toDraft(), ExpectedVersion.of(input.version(), ifMatch), caller());
        return Response.ok(PartyJson.of(party)).tag(ExpectedVersion.tag(party.version())).build();
    }

    @GET
    @Path("{id}/signers")
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "The user accounts entitled to sign agreements for the party")
    public List<String> signers(@PathParam("id") long id) {
        return directory.signersOf(id);
    }

    @PUT
    @Path("{id}/signers")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Name the user accounts (each with the SIGNER role) entitled to sign for the party; replaces the list")
    public List<String> nameSigners(@PathParam("id") long id, List<String> usernames) {
        return directory.nameSigners(id, usernames, caller());
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
