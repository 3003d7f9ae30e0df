package org.pactum.web.trust;

import static org.pactum.web.security.Roles.ADMIN;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.pactum.domain.trust.RevocationList;
import org.pactum.domain.trust.TrustAnchor;
import org.pactum.signing.boundary.TrustStore;

/** The trust anchors signers' certificates must lead to, and the revocation lists added under them; ADMIN only. */
@Path("trust-anchors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trust anchors", description = "The CA certificates (national roots) signers' certificates must chain to")
public class TrustAnchorsResource {

    public static final String PEM = "application/x-pem-file";
    public static final String CRL = "application/pkix-crl";

    @Inject
    TrustStore trustStore;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(ADMIN)
    @Operation(summary = "Every trust anchor, oldest first, with its subject, SHA-256 and validity")
    public List<TrustAnchorJson> list() {
        return trustStore.list().stream().map(TrustAnchorJson::of).toList();
    }

    @POST
    @Consumes(PEM)
    @RolesAllowed(ADMIN)
    @Operation(summary = "Trust a CA certificate sent as PEM; 422 if it is no CA certificate, 409 if trusted already")
    public Response add(String pem) {
        TrustAnchor added = trustStore.add(pem, caller());
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(added.id())).build();
        return Response.created(location).entity(TrustAnchorJson.of(added)).build();
    }

    @GET
    @Path("{id}")
    @Produces(PEM)
    @RolesAllowed(ADMIN)
    @Operation(summary = "The anchor's certificate as PEM")
    public String pem(@PathParam("id") long id) {
        return trustStore.pem(id);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Stop trusting an anchor; its revocation lists go with it")
    public Response remove(@PathParam("id") long id) {
        trustStore.remove(id, caller());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/revocation-lists")
    @RolesAllowed(ADMIN)
    @Operation(summary = "The revocation lists added under an anchor, oldest first")
    public List<RevocationListJson> revocationLists(@PathParam("id") long id) {
        return trustStore.revocationLists(id).stream().map(RevocationListJson::of).toList();
    }

    @POST
    @Path("{id}/revocation-lists")
    @Consumes({CRL, PEM})
    @RolesAllowed(ADMIN)
    @Operation(summary = "Add a CRL (DER as application/pkix-crl, or PEM) issued and signed by this anchor; the latest "
            + "of each issuer is what signing checks against")
    public Response addRevocationList(@PathParam("id") long id, byte[] crl) {
        RevocationList added = trustStore.addRevocationList(id, crl, caller());
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(added.id())).build();
        return Response.created(location).entity(RevocationListJson.of(added)).build();
    }

    @GET
    @Path("{id}/revocation-lists/{listId}")
    @Produces(CRL)
    @RolesAllowed(ADMIN)
    @Operation(summary = "One revocation list as DER")
    public byte[] revocationList(@PathParam("id") long id, @PathParam("listId") long listId) {
        return trustStore.revocationList(id, listId).crl();
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
