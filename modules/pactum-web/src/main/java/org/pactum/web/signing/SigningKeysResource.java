package org.pactum.web.signing;

import static org.pactum.web.security.Roles.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.user.Actor;
import org.pactum.signing.boundary.SigningKeys;

/** The key the server holds for an official (administrators only): a PKCS#12 file or a PKCS#11 token slot. */
@Path("users/{username}/signing-key")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Signatures")
public class SigningKeysResource {

    public static final String PKCS12 = "application/x-pkcs12";

    @Inject
    SigningKeys keys;

    @Inject
    Actor actor;

    @GET
    @RolesAllowed(ADMIN)
    @Operation(summary = "Which key the server holds for the official")
    public SigningKeyJson get(@PathParam("username") String username) {
        return keys.of(username).map(SigningKeyJson::of)
                .orElseThrow(() -> new NotFoundException("Server-held key of", username));
    }

    @PUT
    @Consumes(PKCS12)
    @RolesAllowed(ADMIN)
    @Operation(summary = "Hold a PKCS#12 file for the official; it stays encrypted under the official's PIN")
    public SigningKeyJson holdPkcs12(@PathParam("username") String username, byte[] pkcs12) {
        return SigningKeyJson.of(keys.holdPkcs12(username, pkcs12, actor.username()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ADMIN)
    @Operation(summary = "Hold a key on a PKCS#11 token for the official: the module's library, the slot, the alias")
    public SigningKeyJson holdPkcs11(@PathParam("username") String username, Pkcs11KeyInput input) {
        Pkcs11KeyInput given = input == null ? new Pkcs11KeyInput(null, null, null) : input;
        return SigningKeyJson.of(keys.holdPkcs11(username, given.library(), given.slot(), given.alias(), actor.username()));
    }

    @DELETE
    @RolesAllowed(ADMIN)
    @Operation(summary = "Stop holding a key for the official")
    public Response release(@PathParam("username") String username) {
        keys.release(username, actor.username());
        return Response.noContent().build();
    }
}
