package org.pactum.web.audit;

import static org.pactum.web.security.Roles.ADMIN;
import static org.pactum.web.security.Roles.AUDITOR;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.audit.boundary.AuditTrail;
import org.pactum.audit.entity.ChainVerification;
import org.pactum.domain.audit.AuditQuery;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;
import org.pactum.web.json.PageJson;

@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The tamper-evident audit trail")
public class AuditResource {

    @Inject
    AuditTrail trail;

    @Context
    SecurityContext security;

    @GET
    @Path("verification")
    @RolesAllowed({AUDITOR, ADMIN})
    @Operation(summary = "Recompute the whole hash chain and its seals; OK, or the first broken sequence and why")
    public ChainVerification verify() {
        ChainVerification report = trail.verify();
        trail.recordVerification(security.getUserPrincipal().getName(), report);
        return report;
    }

    @GET
    @Path("events")
    @RolesAllowed({AUDITOR, ADMIN})
    @Operation(summary = "Audit events in sequence order; filters by agreement, actor, action and time (ISO-8601, from inclusive, to exclusive)")
    public PageJson<AuditEventJson> events(@QueryParam("agreement") Long agreementId, @QueryParam("actor") String actor,
                                           @QueryParam("action") String action, @QueryParam("from") String from,
                                           @QueryParam("to") String to, @QueryParam("page") @DefaultValue("0") int page,
                                           @QueryParam("size") @DefaultValue("100") int size) {
        AuditQuery query = new AuditQuery(agreementId, actor, action, instant("from", from), instant("to", to), page, size);
        return PageJson.of(trail.events(query).map(AuditEventJson::of));
    }

    static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, Rule.MALFORMED, "must be an ISO-8601 instant such as 2026-11-22T08:00:00Z");
        }
    }
}
