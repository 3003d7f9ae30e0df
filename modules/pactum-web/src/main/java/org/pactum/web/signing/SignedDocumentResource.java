package org.pactum.web.signing;

import static org.pactum.web.security.Roles.ADMIN;
import static org.pactum.web.security.Roles.APPROVER;
import static org.pactum.web.security.Roles.AUDITOR;
import static org.pactum.web.security.Roles.DRAFTER;
import static org.pactum.web.security.Roles.SIGNER;

import java.util.Base64;
import java.util.HexFormat;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.signature.SignedDocument;
import org.pactum.registry.boundary.AgreementRegistry;
import org.pactum.web.download.ContentDisposition;
import org.pactum.web.download.DownloadName;
import org.pactum.signing.boundary.Signing;

/** The agreement's signed PDF, and the exact PDF the next signature is added to. */
@Path("agreements/{id}/document")
@RequestScoped
@Tag(name = "Signatures")
public class SignedDocumentResource {

    static final String PDF = "application/pdf";

    @Inject
    Signing signing;

    @Inject
    AgreementRegistry registry;

    @GET
    @Produces(PDF)
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "The agreement as last signed (PAdES); 404 before the first signature")
    public Response signed(@PathParam("id") long id) {
        SignedDocument document = signing.signedDocument(id)
                .orElseThrow(() -> new NotFoundException("Signed document of agreement", Long.toString(id)));
        return pdf(document, id, "signed");
    }

    @GET
    @Path("to-sign")
    @Produces(PDF)
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "The exact PDF the next signature is added to: the approved print, or the PDF as signed so far")
    public Response toSign(@PathParam("id") long id) {
        return pdf(signing.documentToSign(id), id, "to-sign");
    }

    private Response pdf(SignedDocument document, long id, String what) {
        var agreement = registry.get(id);
        DownloadName kind = "signed".equals(what) ? DownloadName.SIGNED : DownloadName.TO_SIGN;
        String name = kind.name(DownloadName.shownNumber(agreement), agreement.languages(), agreement.revision(), "pdf");
        return Response.ok(document.pdf(), PDF)
                .header("Content-Disposition", ContentDisposition.attachment(name).header())
                .header("Digest", "sha-256=" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(document.sha256())))
                .tag(document.sha256())
                .build();
    }
}
