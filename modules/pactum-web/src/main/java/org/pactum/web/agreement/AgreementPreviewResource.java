package org.pactum.web.agreement;

import static org.pactum.web.security.Roles.ADMIN;
import static org.pactum.web.security.Roles.APPROVER;
import static org.pactum.web.security.Roles.AUDITOR;
import static org.pactum.web.security.Roles.DRAFTER;
import static org.pactum.web.security.Roles.SIGNER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.drafting.boundary.AgreementPrints;
import org.pactum.drafting.boundary.Drafting;
import org.pactum.drafting.entity.PrintedAgreement;
import org.pactum.web.download.ContentDisposition;
import org.pactum.web.download.DownloadName;
import org.pactum.web.registry.AgreementInput;

/** The PDF preview of one agreement. A root resource of its own because JAX-RS picks the most specific root path. */
@Path("agreements/{id}/preview")
@RequestScoped
@Tag(name = "Agreements")
public class AgreementPreviewResource {

    public static final String PDF = "application/pdf";

    @Inject
    AgreementPrints prints;

    @Inject
    Drafting drafting;

    @Context
    SecurityContext security;

    @GET
    @Produces(PDF)
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "The agreement filled into its kind's default template and rendered as the PDF its parties would "
            + "sign; watermarked as a draft until approved")
    public Response preview(@PathParam("id") long id) {
        return pdf(prints.current(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(PDF)
    @RolesAllowed({DRAFTER, ADMIN})
    @Operation(summary = "The PDF of a draft with unsaved changes (the same body as saving it), for a live preview "
            + "while editing; nothing is stored. Input a save would refuse gets the same 422")
    public Response previewUnsaved(@PathParam("id") long id, @NotNull @Valid AgreementInput input) {
        return pdf(prints.unsaved(id, input.toDraft(), input.toWording(drafting.articleKeys(id)), security.getUserPrincipal().getName()));
    }

    public static Response pdf(PrintedAgreement preview) {
        // The text changes with every edit of a draft: a cached copy would show an outdated version.
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(preview.pdf(), PDF).cacheControl(noStore)
                .header("Content-Disposition", ContentDisposition.inline(DownloadName.of(preview)).header())
                .build();
    }
}
