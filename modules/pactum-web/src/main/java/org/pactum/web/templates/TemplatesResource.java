package org.pactum.web.templates;

import static org.pactum.web.security.Roles.ADMIN;
import static org.pactum.web.security.Roles.APPROVER;
import static org.pactum.web.security.Roles.AUDITOR;
import static org.pactum.web.security.Roles.DRAFTER;
import static org.pactum.web.security.Roles.SIGNER;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.pactum.domain.template.TemplateVersion;
import org.pactum.domain.text.ArticleKeys;
import org.pactum.drafting.boundary.TemplateCatalogue;
import org.pactum.web.json.ExpectedVersion;

@Path("templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Templates", description = "The standard wording agreements are drafted from; administrators keep it")
public class TemplatesResource {

    @Inject
    TemplateCatalogue catalogue;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "The latest version of every template; the first of each kind is that kind's default")
    public List<TemplateJson> all() {
        return catalogue.all().stream().map(TemplateJson::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "The latest version of one template, with its full wording; the ETag is its version")
    public Response get(@PathParam("id") String id) {
        return withTag(catalogue.get(id));
    }

    @GET
    @Path("{id}/versions")
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "Every version of one template, oldest first")
    public List<TemplateJson> versions(@PathParam("id") String id) {
        return catalogue.versions(id).stream().map(TemplateJson::of).toList();
    }

    @GET
    @Path("{id}/versions/{version}")
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "One version of a template, with its full wording")
    public TemplateJson version(@PathParam("id") String id, @PathParam("version") int version) {
        return TemplateJson.withWording(catalogue.get(id, version));
    }

    @POST
    @RolesAllowed(ADMIN)
    @Operation(summary = "Create a template (version 1); it must be complete in each of its languages")
    public Response create(@NotNull @Valid TemplateInput input) {
        TemplateVersion created = catalogue.create(input.toDraft(ArticleKeys.none()), caller());
        URI location = uri.getAbsolutePathBuilder().path(created.template().id()).build();
        return Response.created(location).tag(Long.toString(created.template().version()))
                .entity(TemplateJson.withWording(created)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Save a template's next version; needs the version edited (body or If-Match). Drafts keep "
            + "the version they started from")
    public Response update(@PathParam("id") String id, @NotNull @Valid TemplateInput input,
                           @HeaderParam("If-Match") String ifMatch) {
        long expected = ExpectedVersion.of(input.version() == null ? null : input.version().longValue(), ifMatch);
        return withTag(catalogue.revise(id, input.toDraft(catalogue.articleKeys(id)), (int) Math.min(expected, Integer.MAX_VALUE), caller()));
    }

    private static Response withTag(TemplateVersion version) {
        return Response.ok(TemplateJson.withWording(version)).tag(Long.toString(version.template().version())).build();
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
