package org.pactum.web.signing;

import static org.pactum.web.security.Roles.ADMIN;
import static org.pactum.web.security.Roles.APPROVER;
import static org.pactum.web.security.Roles.AUDITOR;
import static org.pactum.web.security.Roles.DRAFTER;
import static org.pactum.web.security.Roles.SIGNER;

import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.signature.Signature;
import org.pactum.domain.signature.SigningKeyLockedException;
import org.pactum.domain.signature.SignatureAppearance;
import org.pactum.domain.user.Actor;
import org.pactum.signing.boundary.Signing;
import org.pactum.web.problem.ProblemMapping;
import org.pactum.web.problem.ProblemResponses;

/**
 * An agreement's signatures: who signed, who signs next, and the three ways to sign — the key the server holds for
 * the caller (JSON with the PIN), a PKCS#12 file uploaded with its PIN (multipart), or the caller's own tool (a
 * preparation hands out the digest, the completion takes the CMS or the bare signature value back).
 */
@Path("agreements/{id}/signatures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Signatures", description = "PAdES signatures of each party's official, in the parties' order")
public class SignaturesResource {

    public static final String PKCS7 = "application/pkcs7-signature";

    @Inject
    Signing signing;

    @Inject
    ServerKeySigning serverKey;

    @Inject
    Actor actor;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "The signatures in order, each party's turn, and who signs next")
    public SigningStateJson state(@PathParam("id") long id) {
        return SigningStateJson.of(signing.state(id));
    }

    @GET
    @Path("{position}")
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "One signature, by its position (1 for the first)")
    public SignatureJson one(@PathParam("id") long id, @PathParam("position") int position) {
        return signing.state(id).signatures().stream().filter(signature -> signature.position() == position)
                .findFirst().map(SignatureJson::of)
                .orElseThrow(() -> new NotFoundException("Signature", id + "/" + position));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(SIGNER)
    @Operation(summary = "Sign with the key the server holds for the caller: {\"keySource\": \"server\", \"pin\": \"…\"}; "
            + "\"stamp\": false signs without the visible stamp; 429 signing-key-locked with Retry-After after too many "
            + "wrong PINs")
    public Response signWithServerKey(@PathParam("id") long id, SignInput input) {
        if (input == null || !"server".equals(input.keySource())) {
            throw new InvalidInputException("keySource", Rule.INVALID,
                    "must be \"server\"; to sign with a PKCS#12 file, send it as multipart field \"keystore\"");
        }
        try {
            return created(serverKey.sign(id, actor, pin(input.pin()), appearance(input.stamp())));
        } catch (SigningKeyLockedException locked) {
            return Response.fromResponse(ProblemResponses.of(ProblemMapping.problemFor(locked), uri))
                    .header("Retry-After", locked.retryAfterSeconds()).build();
        }
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(SIGNER)
    @Operation(summary = "Sign with an uploaded PKCS#12 file (field \"keystore\") and its PIN (field \"pin\"); neither is kept")
    public Response signWithKeyStore(@PathParam("id") long id, @FormParam("keystore") EntityPart keystore,
                                     @FormParam("pin") String pin, @FormParam("stamp") String stamp) throws IOException {
        if (keystore == null) {
            throw new InvalidInputException("keystore", Rule.REQUIRED, "must be a PKCS#12 file");
        }
        byte[] pkcs12;
        try (InputStream content = keystore.getContent()) {
            pkcs12 = content.readAllBytes();
        }
        return created(signing.signWithKeyStore(id, actor, pkcs12, pin(pin),
                appearance(stamp == null || stamp.isBlank() ? null : Boolean.valueOf(stamp.strip()))));
    }

    @POST
    @Consumes(SignedDocumentResource.PDF)
    @RolesAllowed(SIGNER)
    @Operation(summary = "Import the signed document counter-signed elsewhere by the party whose turn it is: taken only "
            + "if it extends the document byte for byte with one signature over the whole file, and every signature verifies")
    public Response importCounterSigned(@PathParam("id") long id, byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw new InvalidInputException("body", Rule.REQUIRED, "must be the counter-signed PDF");
        }
        return created(signing.importCounterSigned(id, actor, pdf));
    }

    @POST
    @Path("preparations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(SIGNER)
    @Operation(summary = "Prepare a signature for the caller's own tool: {\"certificate\": \"<PEM>\"} → the digest and "
            + "signed attributes to sign, and when the preparation expires")
    public Response prepare(@PathParam("id") long id, PreparationInput input) {
        PreparationJson preparation = PreparationJson.of(signing.prepare(id, actor,
                input == null ? null : input.certificate(), appearance(input == null ? null : input.stamp())));
        return Response.created(uri.getAbsolutePathBuilder().path(preparation.id()).build()).entity(preparation).build();
    }

    @POST
    @Path("preparations/{preparation}/completion")
    @Consumes(PKCS7)
    @RolesAllowed(SIGNER)
    @Operation(summary = "Complete a prepared signature with the detached CMS (DER) the caller's tool made")
    public Response completeWithCms(@PathParam("id") long id, @PathParam("preparation") String preparation, byte[] cms) {
        if (cms == null || cms.length == 0) {
            throw new InvalidInputException("body", Rule.REQUIRED, "must be the detached CMS signature (DER)");
        }
        return created(signing.completeWithCms(id, preparation, actor, cms), id);
    }

    @POST
    @Path("preparations/{preparation}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(SIGNER)
    @Operation(summary = "Complete a prepared signature with the bare signature value over the signed attributes: "
            + "{\"signature\": \"<base64>\"}")
    public Response completeWithValue(@PathParam("id") long id, @PathParam("preparation") String preparation,
                                      CompletionInput input) {
        byte[] value;
        try {
            value = Base64.getMimeDecoder().decode(input == null || input.signature() == null ? "" : input.signature());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("signature", Rule.MALFORMED, "must be base64");
        }
        if (value.length == 0) {
            throw new InvalidInputException("signature", Rule.REQUIRED, "must be the signature value, base64");
        }
        return created(signing.completeWithSignatureValue(id, preparation, actor, value), id);
    }

    /** The visible stamp unless the client asked for none. */
    private static SignatureAppearance appearance(Boolean stamp) {
        return Boolean.FALSE.equals(stamp) ? SignatureAppearance.INVISIBLE : SignatureAppearance.STAMPED;
    }

    private static char[] pin(String pin) {
        if (pin == null || pin.isEmpty()) {
            throw new InvalidInputException("pin", Rule.REQUIRED, "must be the PIN of the signing key");
        }
        return pin.toCharArray();
    }

    private Response created(Signature signature) {
        return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(signature.position())).build())
                .entity(SignatureJson.of(signature)).build();
    }

    /** From below the signatures path (a completion), the new signature's address is built from the root. */
    private Response created(Signature signature, long id) {
        return Response.created(uri.getBaseUriBuilder().path("agreements").path(Long.toString(id)).path("signatures")
                .path(Integer.toString(signature.position())).build()).entity(SignatureJson.of(signature)).build();
    }
}
