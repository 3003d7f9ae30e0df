package org.pactum.web.audit;

import static org.pactum.web.security.Roles.ADMIN;
import static org.pactum.web.security.Roles.APPROVER;
import static org.pactum.web.security.Roles.AUDITOR;
import static org.pactum.web.security.Roles.DRAFTER;
import static org.pactum.web.security.Roles.SIGNER;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Variant;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.audit.boundary.CompletionCertificateDownload;
import org.pactum.registry.boundary.AgreementRegistry;
import org.pactum.web.download.ContentDisposition;
import org.pactum.audit.boundary.CompletionCertificateDownloads;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.language.Language;

/**
 * The certificate of completion of one agreement, generated on each request as PDF or JSON. A root resource of its
 * own because JAX-RS picks the most specific root path.
 */
@Path("agreements/{id}/completion-certificate")
@RequestScoped
@Tag(name = "Audit")
public class CompletionCertificateResource {

    static final String PDF = CompletionCertificateDownloads.PDF;
    static final MediaType PDF_TYPE = MediaType.valueOf(PDF);

    /** PDF first: it is what a browser, or a client that accepts anything, should get. */
    private static final List<Variant> FORMS = Variant.mediaTypes(PDF_TYPE, MediaType.APPLICATION_JSON_TYPE).build();

    @Inject
    AgreementRegistry registry;

    @Inject
    CompletionCertificateDownloads downloads;

    @Inject
    CertificateSealing sealing;

    @Context
    SecurityContext security;

    @Context
    Request request;

    @GET
    @Produces({PDF, MediaType.APPLICATION_JSON})
    @RolesAllowed({AUDITOR, ADMIN, DRAFTER, APPROVER, SIGNER})
    @Operation(summary = "Certificate of completion: every signature and every audit event of the agreement with its "
            + "hashes, the covering seal and a chain verification, as PDF (sealed with the platform's PAdES seal when "
            + "its key is configured) or JSON (by Accept, or ?format=); each issue is itself audited")
    public Response certificate(@PathParam("id") long id,
                                @Parameter(description = "pdf or json; overrides Accept") @QueryParam("format") String format,
                                @Parameter(description = "ru, kk or en; the PDF's language, by default the agreement's first")
                                @QueryParam("lang") String lang) {
        MediaType form = form(format);
        Language language = language(lang);
        String requestedBy = security.getUserPrincipal().getName();
        if (form.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            CompletionCertificateDownload json = downloads.json(id, requestedBy);
            String name = CertificateFileName.of(registry.get(id), json);
            return issued(json).header("Content-Disposition", ContentDisposition.attachment(name).header())
                    .build();
        }
        CompletionCertificateDownload pdf = downloads.pdf(id, requestedBy, language, sealing.current());
        return issued(pdf)
                .header("Content-Disposition",
                        ContentDisposition.attachment(CertificateFileName.of(registry.get(id), pdf)).header())
                .header(HttpHeaders.CONTENT_LANGUAGE, pdf.language().code())
                .build();
    }

    /** Every request makes (and audits) a new document: nothing may be served from a cache. */
    private static Response.ResponseBuilder issued(CompletionCertificateDownload download) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(download.content(), MediaType.valueOf(download.contentType())).cacheControl(noStore)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    private MediaType form(String format) {
        if (format == null || format.isBlank()) {
            Variant chosen = request.selectVariant(FORMS);
            return chosen == null ? PDF_TYPE : chosen.getMediaType();
        }
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "pdf" -> PDF_TYPE;
            case "json" -> MediaType.APPLICATION_JSON_TYPE;
            default -> throw new InvalidInputException("format", Rule.UNKNOWN, "must be pdf or json");
        };
    }

    private static Language language(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return Language.fromCode(code).orElseThrow(() -> new InvalidInputException("lang", Rule.UNKNOWN, "must be ru, kk or en"));
    }
}
