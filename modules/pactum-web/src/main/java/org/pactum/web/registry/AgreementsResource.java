package org.pactum.web.registry;

import static org.pactum.web.security.Roles.ADMIN;
import static org.pactum.web.security.Roles.APPROVER;
import static org.pactum.web.security.Roles.AUDITOR;
import static org.pactum.web.security.Roles.DRAFTER;
import static org.pactum.web.security.Roles.SIGNER;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.AgreementQuery;
import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.agreement.ConcurrentEditException;
import org.pactum.domain.agreement.LifecycleAction;
import org.pactum.domain.error.StaleVersionException;
import org.pactum.domain.route.DecisionKind;
import org.pactum.domain.text.Wording;
import org.pactum.drafting.boundary.Drafting;
import org.pactum.registry.boundary.AgreementDraft;
import org.pactum.registry.boundary.AgreementRegistry;
import org.pactum.routing.boundary.Routing;
import org.pactum.web.json.EnumParameter;
import org.pactum.web.problem.EditConflict;
import org.pactum.web.problem.ProblemResponses;
import org.pactum.web.json.ExpectedVersion;
import org.pactum.web.json.PageJson;

@Path("agreements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements", description = "The registry of agreements and their lifecycle")
public class AgreementsResource {

    @Inject
    AgreementRegistry registry;

    @Inject
    Drafting drafting;

    @Inject
    Routing routing;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "Find agreements; every filter is optional, text matches number, titles and party names")
    public PageJson<AgreementJson> search(@QueryParam("status") String status,
                                          @QueryParam("kind") String kind,
                                          @QueryParam("party") Long partyId,
                                          @QueryParam("region") String regionCode,
                                          @QueryParam("q") String text,
                                          @QueryParam("page") @DefaultValue("0") int page,
                                          @QueryParam("size") @DefaultValue("20") int size) {
        AgreementQuery query = new AgreementQuery(EnumParameter.parse(AgreementStatus.class, "status", status), partyId,
                regionCode, EnumParameter.parse(AgreementKind.class, "kind", kind), text, page, size);
        return PageJson.of(registry.summaries(query).map(AgreementJson::of));
    }

    @POST
    @RolesAllowed({DRAFTER, ADMIN})
    @Operation(summary = "Create a draft agreement")
    public Response create(@NotNull @Valid AgreementInput input) {
        Agreement created = drafting.create(input.toDraft(), input.template(), input.toPlaceOfSigning(), caller());
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build();
        return Response.created(location).tag(ExpectedVersion.tag(created.version())).entity(AgreementJson.withWording(created)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "Read one agreement; the ETag is its version")
    public Response get(@PathParam("id") long id) {
        Agreement agreement = registry.get(id);
        return Response.ok(AgreementJson.withWording(agreement)).tag(ExpectedVersion.tag(agreement.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({DRAFTER, ADMIN})
    @Operation(summary = "Save a draft's fields and wording as its next revision; needs the version it is based on "
            + "(body or If-Match). If someone else saved meanwhile: 409 naming both revisions and what changed, with the "
            + "save merged into it (`conflict.merge`; its `merged` is the body to PUT when the edits do not overlap)")
    public Response update(@PathParam("id") long id, @NotNull @Valid AgreementInput input, @HeaderParam("If-Match") String ifMatch) {
        long expected = ExpectedVersion.of(input.version(), ifMatch);
        AgreementDraft draft = input.toDraft();
        Wording wording = input.toWording(drafting.articleKeys(id));
        try {
            Agreement saved = drafting.save(id, draft, wording, expected, caller());
            return Response.ok(AgreementJson.withWording(saved)).tag(ExpectedVersion.tag(saved.version())).build();
        } catch (ConcurrentEditException edit) {
            // Answered here rather than by the error mapper: only here is the late save at hand to merge.
            return ProblemResponses.of(EditConflict.problem(edit, drafting.changesSince(edit),
                    drafting.merge(edit, draft, wording), caller()), uri);
        }
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({DRAFTER, ADMIN})
    @Operation(summary = "Send a draft for approval along its kind's default route, or the one named in `route`; "
            + "a returned agreement goes on along the route it was on")
    public Response submit(@PathParam("id") long id, ActionInput input, @HeaderParam("If-Match") String ifMatch) {
        ActionInput body = bodyOf(input);
        return withTag(routing.submit(id, ExpectedVersion.of(body.version(), ifMatch), body.route(), caller()));
    }

    @POST
    @Path("{id}/rework")
    @RolesAllowed({DRAFTER, ADMIN})
    @Operation(summary = "Take a returned agreement back into drafting")
    public Response rework(@PathParam("id") long id, ActionInput input, @HeaderParam("If-Match") String ifMatch) {
        return perform(id, LifecycleAction.REWORK, input, ifMatch);
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed({DRAFTER, ADMIN})
    @Operation(summary = "Withdraw an agreement that is not yet being signed; needs a reason")
    public Response withdraw(@PathParam("id") long id, ActionInput input, @HeaderParam("If-Match") String ifMatch) {
        return perform(id, LifecycleAction.WITHDRAW, input, ifMatch);
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(APPROVER)
    @Operation(summary = "The caller's APPROVE decision on the revision the given version shows (POST …/decisions "
            + "with the revision is the same); the agreement is approved when its route's last stage passes")
    public Response approve(@PathParam("id") long id, ActionInput input, @HeaderParam("If-Match") String ifMatch) {
        return decide(id, DecisionKind.APPROVE, input, ifMatch);
    }

    @POST
    @Path("{id}/return")
    @RolesAllowed(APPROVER)
    @Operation(summary = "The caller's RETURN decision: back to the drafter for revision; needs a reason")
    public Response returnForRework(@PathParam("id") long id, ActionInput input, @HeaderParam("If-Match") String ifMatch) {
        return decide(id, DecisionKind.RETURN, input, ifMatch);
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed(APPROVER)
    @Operation(summary = "The caller's REJECT decision: the agreement is rejected for good; needs a reason")
    public Response reject(@PathParam("id") long id, ActionInput input, @HeaderParam("If-Match") String ifMatch) {
        return decide(id, DecisionKind.REJECT, input, ifMatch);
    }

    private Response perform(long id, LifecycleAction action, ActionInput input, String ifMatch) {
        ActionInput body = bodyOf(input);
        long expected = ExpectedVersion.of(body.version(), ifMatch);
        return withTag(registry.perform(id, action, expected, body.reason(), caller()));
    }

    /** A decision on the revision the version names: a version another than the agreement's is stale (409). */
    private Response decide(long id, DecisionKind kind, ActionInput input, String ifMatch) {
        ActionInput body = bodyOf(input);
        long expected = ExpectedVersion.of(body.version(), ifMatch);
        Agreement agreement = registry.get(id);
        if (agreement.version() != expected) {
            throw new StaleVersionException("Agreement " + id, expected, agreement.version());
        }
        routing.decide(id, kind, agreement.revision(), body.reason(), caller());
        return withTag(registry.get(id));
    }

    private static ActionInput bodyOf(ActionInput input) {
        return input == null ? new ActionInput(null, null, null) : input;
    }

    private static Response withTag(Agreement agreement) {
        return Response.ok(AgreementJson.of(agreement)).tag(ExpectedVersion.tag(agreement.version())).build();
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
