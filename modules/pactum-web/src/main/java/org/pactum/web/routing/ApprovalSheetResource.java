package org.pactum.web.routing;

import static org.pactum.web.security.Roles.ADMIN;
import static org.pactum.web.security.Roles.APPROVER;
import static org.pactum.web.security.Roles.AUDITOR;
import static org.pactum.web.security.Roles.DRAFTER;
import static org.pactum.web.security.Roles.SIGNER;


import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.web.json.RequestedLanguage;
import org.pactum.routing.boundary.ApprovalSheets;
import org.pactum.routing.entity.ApprovalSheetFile;
import org.pactum.registry.boundary.AgreementRegistry;
import org.pactum.web.download.ContentDisposition;
import org.pactum.web.download.DownloadName;

/** An agreement's approval sheet printed for the paper file: every round, stage, approver, decision and remark. */
@Path("agreements/{id}/approval-sheet")
@RequestScoped
@Tag(name = "Approval", description = "The route an agreement is on, and approvers' decisions")
public class ApprovalSheetResource {

    @Inject
    AgreementRegistry registry;

    @Inject
    ApprovalSheets sheets;

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    @GET
    @Produces(ApprovalSheetFile.CONTENT_TYPE)
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "The approval sheet as an A4 PDF (лист согласования / келісу парағы) in ru, kk or en; 404 "
            + "when the agreement has never been on a route")
    public Response sheet(@PathParam("id") long id,
                          @Parameter(description = "ru, kk or en; by default the first of them in Accept-Language, "
                                  + "else ru") @QueryParam("lang") String lang) {
        ApprovalSheetFile sheet = sheets.pdf(id, RequestedLanguage.of(lang, headers), security.getUserPrincipal().getName());
        return Response.ok(sheet.content(), ApprovalSheetFile.CONTENT_TYPE)
                .header("Content-Disposition", ContentDisposition.attachment(DownloadName.APPROVAL_SHEET.name(
                        DownloadName.shownNumber(registry.get(id)), List.of(sheet.language()), 0, "pdf")).header())
                .header(HttpHeaders.CONTENT_LANGUAGE, sheet.language().code())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
