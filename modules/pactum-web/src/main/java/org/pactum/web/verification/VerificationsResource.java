package org.pactum.web.verification;

import static org.pactum.web.security.Roles.ADMIN;
import static org.pactum.web.security.Roles.AUDITOR;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Variant;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;
import org.pactum.web.json.RequestedLanguage;
import org.pactum.domain.user.Actor;
import org.pactum.domain.verification.VerificationRecord;
import org.pactum.verification.boundary.Verification;
import org.pactum.verification.boundary.VerificationReports;
import org.pactum.verification.entity.PrintedReport;
import org.pactum.web.download.ContentDisposition;
import org.pactum.web.download.DownloadName;

/**
 * Proves a signed PDF genuine or not. A forged or broken signature is a result (200, TOTAL_FAILED), never an error;
 * only input that is no PDF, empty or too large is refused. Each report is kept and can be fetched again, as JSON or
 * printed as PDF for an auditor's file.
 */
@Path("verifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Verification", description = "Whether a signed PDF is genuine, signature by signature, and which agreement it is")
public class VerificationsResource {

    static final String PDF = "application/pdf";

    /** JSON first: what a client that accepts anything gets, as it did before the printed report existed. */
    private static final List<Variant> FORMS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(PDF)).build();

    @Inject
    Verification verification;

    @Inject
    VerificationReports reports;

    @Context
    Request request;

    @Context
    HttpHeaders headers;

    @Inject
    Actor actor;

    @Context
    UriInfo uri;

    @POST
    @Consumes(PDF)
    @RolesAllowed({AUDITOR, ADMIN})
    @Operation(summary = "Verify a PDF sent as the body: the verdict on the document and on each signature")
    public Response verify(byte[] pdf) {
        return created(verification.verify(pdf, actor));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({AUDITOR, ADMIN})
    @Operation(summary = "Verify a PDF sent as the multipart field \"file\"")
    public Response verifyUpload(@FormParam("file") EntityPart file) throws IOException {
        if (file == null) {
            throw new InvalidInputException("file", Rule.REQUIRED, "must be the PDF to verify");
        }
        try (InputStream content = file.getContent()) {
            return created(verification.verify(content.readAllBytes(), actor));
        }
    }

    @GET
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, PDF})
    @RolesAllowed({AUDITOR, ADMIN})
    @Operation(summary = "A report given earlier, exactly as it was answered; with Accept: application/pdf printed "
            + "as GET /verifications/{id}/report prints it")
    public Response report(@PathParam("id") String id,
                           @Parameter(description = "ru, kk or en, for the PDF; by default the first of them in "
                                   + "Accept-Language, else ru") @QueryParam("lang") String lang) {
        Variant chosen = request.selectVariant(FORMS);
        if (chosen != null && chosen.getMediaType().isCompatible(MediaType.valueOf(PDF))) {
            return printed(id, lang);
        }
        return json(verification.report(id), Response.ok().header(HttpHeaders.VARY, HttpHeaders.ACCEPT));
    }

    @GET
    @Path("{id}/report")
    @Produces(PDF)
    @RolesAllowed({AUDITOR, ADMIN})
    @Operation(summary = "A report given earlier, printed as PDF for an auditor's file (A4, ru, kk or en)")
    public Response printed(@PathParam("id") String id,
                            @Parameter(description = "ru, kk or en; by default the first of them in Accept-Language, "
                                    + "else ru") @QueryParam("lang") String lang) {
        PrintedReport report = reports.pdf(id, RequestedLanguage.of(lang, headers));
        return Response.ok(report.content(), PrintedReport.CONTENT_TYPE)
                .header("Content-Disposition", ContentDisposition.attachment(DownloadName.of(report)).header())
                .header(HttpHeaders.CONTENT_LANGUAGE, report.language().code())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT + ", " + HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }

    private Response created(VerificationRecord record) {
        return json(record, Response.ok().location(uri.getBaseUriBuilder().path("verifications").path(record.id()).build()));
    }

    /** The stored canonical JSON as it is: the report fetched later is byte for byte the one answered. */
    private static Response json(VerificationRecord record, Response.ResponseBuilder response) {
        return response.entity(record.report().getBytes(StandardCharsets.UTF_8)).type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
