package org.pactum.web.audit;

import static org.pactum.web.security.Roles.ADMIN;
import static org.pactum.web.security.Roles.AUDITOR;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.audit.boundary.AuditTrail;
import org.pactum.audit.entity.ChainVerification;
import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.audit.AuditQuery;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.language.Language;
import org.pactum.web.download.ContentDisposition;
import org.pactum.web.download.DownloadName;
import org.pactum.web.json.PageJson;

@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The tamper-evident audit trail")
public class AuditResource {

    @Inject
    AuditTrail trail;

    @Inject
    AuditReading reading;

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
    @Operation(summary = "Audit events in sequence order (order=newest for the latest first); filters by agreement, actor,"
            + " action and time (ISO-8601, from inclusive, to exclusive)")
    public PageJson<AuditEventJson> events(@QueryParam("agreement") Long agreementId, @QueryParam("actor") String actor,
                                           @QueryParam("action") String action, @QueryParam("from") String from,
                                           @QueryParam("to") String to, @QueryParam("page") @DefaultValue("0") int page,
                                           @QueryParam("size") @DefaultValue("100") int size,
                                           @QueryParam("order") String order) {
        AuditQuery query = query(agreementId, actor, action, from, to, page, size, order);
        return PageJson.of(trail.events(query).map(AuditEventJson::of));
    }

    @GET
    @Path("events/export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed({AUDITOR, ADMIN})
    @Operation(summary = "Every event the same filters match, not one page: CSV for a spreadsheet (UTF-8 with BOM, header"
            + " and details in lang) or JSON (an array of the events as /audit/events gives them)")
    public Response export(@QueryParam("format") @DefaultValue("csv") String format,
                           @QueryParam("lang") @DefaultValue("ru") String lang,
                           @QueryParam("agreement") Long agreementId, @QueryParam("actor") String actor,
                           @QueryParam("action") String action, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("order") String order) {
        Language language = Language.fromCode(lang.strip()).orElseThrow(
                () -> new InvalidInputException("lang", Rule.MALFORMED, "must be ru, kk or en"));
        if (!"csv".equals(format) && !"json".equals(format)) {
            throw new InvalidInputException("format", Rule.MALFORMED, "must be csv or json");
        }
        AuditQuery query = query(agreementId, actor, action, from, to, 0, AuditQuery.MAX_SIZE, order);
        boolean csv = "csv".equals(format);
        String lead = agreementId == null ? null : reading.shownNumberOf(agreementId);
        String name = DownloadName.AUDIT_TRAIL.name(lead, language, List.of(), 0, csv ? "csv" : "json");
        StreamingOutput body = out -> {
            if (csv) {
                reading.csv(query, language, out);
            } else {
                reading.json(query, out);
            }
        };
        return Response.ok(body, csv ? AuditCsv.MEDIA_TYPE : MediaType.APPLICATION_JSON + "; charset=UTF-8")
                .header("Content-Disposition", ContentDisposition.attachment(name).header())
                .header("Cache-Control", "no-store")
                .build();
    }

    private static AuditQuery query(Long agreementId, String actor, String action, String from, String to, int page,
                                    int size, String order) {
        return new AuditQuery(agreementId, actor, action(action), instant("from", from), instant("to", to), page, size,
                newestFirst(order));
    }

    /** An action this version does not record can only be a mistake: it would silently match nothing. */
    static String action(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return AuditAction.fromCode(code.strip()).code();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("action", Rule.MALFORMED, "must be an action code such as agreement.approved");
        }
    }

    static boolean newestFirst(String order) {
        if (order == null || order.isBlank() || "oldest".equals(order.strip())) {
            return false;
        }
        if ("newest".equals(order.strip())) {
            return true;
        }
        throw new InvalidInputException("order", Rule.MALFORMED, "must be oldest or newest");
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
