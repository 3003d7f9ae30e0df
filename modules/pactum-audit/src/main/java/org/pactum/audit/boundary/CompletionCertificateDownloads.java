package org.pactum.audit.boundary;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.pactum.domain.audit.CompletionCertificate;
import org.pactum.domain.language.Language;
import org.pactum.pdf.certificate.CompletionCertificatePdf;

/**
 * Issues certificates of completion as files: assemble, render, seal (when a seal is given), record the issue if the
 * certificate is evidence ({@link CompletionCertificate#isEvidence()}: not while the agreement is still negotiated), and
 * only then hand the bytes out.
 * The one way out for the REST API and the pages alike, so whichever door a certificate leaves by, the trail records
 * the exact bytes that left. Not transactional on purpose: rendering a PDF holds no lock, and a rendering that fails
 * records nothing.
 */
@ApplicationScoped
public class CompletionCertificateDownloads {

    public static final String PDF = "application/pdf";
    public static final String JSON = "application/json";

    @Inject
    CompletionCertificates certificates;

    /**
     * @param language the language of the PDF's labels, or null for the agreement's first language
     * @throws org.pactum.domain.error.NotFoundException when there is no such agreement
     */
    public CompletionCertificateDownload pdf(long agreementId, String requestedBy, Language language) {
        return pdf(agreementId, requestedBy, language, null);
    }

    /**
     * The PDF sealed by {@code seal} after rendering, so the trail records the hash of the sealed file.
     *
     * @param language the language of the PDF's labels, or null for the agreement's first language
     * @param seal     what seals the file, or null to issue it unsealed (the certificate then says so)
     * @throws org.pactum.domain.error.NotFoundException when there is no such agreement
     */
    public CompletionCertificateDownload pdf(long agreementId, String requestedBy, Language language,
                                             CertificateSeal seal) {
        CompletionCertificate certificate = certificates.assemble(agreementId, requestedBy);
        Language shown = language == null ? certificate.defaultLanguage() : language;
        byte[] rendered = CompletionCertificatePdf.render(certificate, shown, seal != null, certificates.names(agreementId));
        byte[] pdf = seal == null ? rendered : seal.seal(rendered);
        if (certificate.isEvidence()) {
            certificates.recordIssue(certificate, PDF, shown, pdf);
        }
        return new CompletionCertificateDownload(pdf, PDF, CompletionCertificatePdf.fileName(certificate), shown);
    }

    /** @throws org.pactum.domain.error.NotFoundException when there is no such agreement */
    public CompletionCertificateDownload json(long agreementId, String requestedBy) {
        CompletionCertificate certificate = certificates.assemble(agreementId, requestedBy);
        byte[] json = certificate.canonicalJson().getBytes(StandardCharsets.UTF_8);
        if (certificate.isEvidence()) {
            certificates.recordIssue(certificate, JSON, null, json);
        }
        return new CompletionCertificateDownload(json, JSON + ";charset=UTF-8",
                CompletionCertificatePdf.jsonFileName(certificate), null);
    }
}
