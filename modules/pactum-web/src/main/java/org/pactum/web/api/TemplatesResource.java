package org.pactum.web.api;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.drafting.boundary.Templates;

@Path("templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Templates", description = "The standard wording agreements are drafted and previewed from")
public class TemplatesResource {

    @Inject
    Templates templates;

    @GET
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "All templates; the first of each kind is that kind's default")
    public List<TemplateJson> all() {
        return templates.all().stream().map(TemplateJson::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "One template, with the headings of its articles in each language")
    public TemplateJson get(@PathParam("id") String id) {
        return TemplateJson.of(templates.get(id));
    }
}
