package org.pactum.web.audit;

import static org.pactum.web.security.Roles.ADMIN;
import static org.pactum.web.security.Roles.AUDITOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.audit.boundary.AuditTrail;
import org.pactum.domain.audit.AuditQuery;
import org.pactum.registry.boundary.AgreementRegistry;
import org.pactum.web.json.PageJson;

/** One agreement's history; a root resource of its own because JAX-RS picks the most specific root path. */
@Path("agreements/{id}/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AgreementAuditResource {

    @Inject
    AuditTrail trail;

    @Inject
    AgreementRegistry registry;

    @GET
    @RolesAllowed({AUDITOR, ADMIN})
    @Operation(summary = "Every audit event of one agreement, in order")
    public PageJson<AuditEventJson> events(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page,
                                           @QueryParam("size") @DefaultValue("100") int size) {
        registry.get(id);
        return PageJson.of(trail.events(new AuditQuery(id, null, null, null, null, page, size)).map(AuditEventJson::of));
    }
}
