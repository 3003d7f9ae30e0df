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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.domain.agreement.Revision;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;
import org.pactum.drafting.boundary.Drafting;
import org.pactum.web.json.ChangesJson;

/** What changed between two revisions of an agreement; a root resource of its own, like the revisions. */
@Path("agreements/{id}/changes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Revisions")
public class AgreementChangesResource {

    @Inject
    Drafting drafting;

    @GET
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "What changed from one revision to another, field by field and article by article in each "
            + "language, with a word-level diff; defaults: to = the latest, from = the one before it")
    public ChangesJson changes(@PathParam("id") long id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        List<Revision> all = drafting.revisions(id);
        int newest = all.getLast().number();
        int target = to == null ? newest : to;
        int base = from == null ? Math.max(1, target - 1) : from;
        if (target < 1 || target > newest || base < 1 || base > newest) {
            throw new InvalidInputException(target < 1 || target > newest ? "to" : "from", Rule.OUT_OF_RANGE,
                    "must be a revision between 1 and " + newest);
        }
        return ChangesJson.of(drafting.compare(id, base, target));
    }
}
