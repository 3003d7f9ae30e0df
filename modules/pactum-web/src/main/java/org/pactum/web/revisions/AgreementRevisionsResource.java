package org.pactum.web.revisions;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.drafting.boundary.AgreementPrints;
import org.pactum.drafting.boundary.Drafting;
import org.pactum.web.agreement.AgreementPreviewResource;
import org.pactum.web.json.RevisionJson;

/**
 * An agreement's revisions. A root resource of its own: a root path of just {@code agreements/{id}} would capture every
 * request under it and leave AgreementsResource's methods unreachable.
 */
@Path("agreements/{id}/revisions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Revisions", description = "Every saved state of an agreement's fields and wording, and comparisons")
public class AgreementRevisionsResource {

    @Inject
    Drafting drafting;

    @Inject
    AgreementPrints prints;

    @GET
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "The agreement's revisions, oldest first, with content hashes")
    public List<RevisionJson> revisions(@PathParam("id") long id) {
        return drafting.revisions(id).stream().map(RevisionJson::summary).toList();
    }

    @GET
    @Path("{number}")
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "One revision with its fields and wording as saved")
    public RevisionJson revision(@PathParam("id") long id, @PathParam("number") int number) {
        return RevisionJson.full(drafting.revision(id, number));
    }

    @GET
    @Path("{number}/pdf")
    @Produces(AgreementPreviewResource.PDF)
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "One revision as the PDF it printed: title, parties and wording as saved then; earlier "
            + "revisions are marked as drafts, the current one is the agreement's own preview")
    public Response pdf(@PathParam("id") long id, @PathParam("number") int number) {
        return AgreementPreviewResource.pdf(prints.revision(id, number));
    }
}
