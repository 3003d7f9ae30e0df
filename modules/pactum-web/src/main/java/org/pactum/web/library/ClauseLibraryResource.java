package org.pactum.web.library;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.domain.template.ClauseLibrary;
import org.pactum.drafting.boundary.StandardClauses;
import org.pactum.web.json.ExpectedVersion;

@Path("clause-library")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Templates")
public class ClauseLibraryResource {

    @Inject
    StandardClauses standardClauses;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "The current clause library: standard articles a draft may take in (copy one into the "
            + "wording, keeping its key); the ETag is its version")
    public Response current() {
        return withTag(standardClauses.current());
    }

    @GET
    @Path("versions")
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "Every version of the clause library, oldest first")
    public List<ClauseLibraryJson> versions() {
        return standardClauses.versions().stream().map(ClauseLibraryJson::of).toList();
    }

    @GET
    @Path("versions/{version}")
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "One version of the clause library")
    public ClauseLibraryJson version(@PathParam("version") int version) {
        return ClauseLibraryJson.of(standardClauses.version(version));
    }

    @PUT
    @RolesAllowed(ADMIN)
    @Operation(summary = "Save the clause library's next version; needs the version edited (body or If-Match). "
            + "Every article in every language of the library")
    public Response revise(@NotNull @Valid ClauseLibraryInput input, @HeaderParam("If-Match") String ifMatch) {
        long expected = ExpectedVersion.of(input.version() == null ? null : input.version().longValue(), ifMatch);
        return withTag(standardClauses.revise(input.toLanguages(), input.toClauses(standardClauses.articleKeys()), (int) Math.min(expected, Integer.MAX_VALUE),
                security.getUserPrincipal().getName()));
    }

    private static Response withTag(ClauseLibrary library) {
        return Response.ok(ClauseLibraryJson.of(library)).tag(Long.toString(library.version())).build();
    }
}
