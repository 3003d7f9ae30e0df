package org.pactum.web.audit;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.audit.boundary.CompletionCertificateDownload;
import org.pactum.audit.boundary.CompletionCertificateDownloads;
import org.pactum.domain.error.PactumException;
import org.pactum.domain.language.Language;
import org.pactum.registry.boundary.AgreementRegistry;
import org.pactum.web.download.ContentDisposition;
import org.pactum.web.faces.AttachmentResponse;
import org.pactum.web.faces.CurrentUser;
import org.pactum.web.faces.PageMessages;

/**
 * The certificate-of-completion buttons of the agreement page. A press answers with the file itself, issued and
 * recorded exactly as the REST API issues it; when it cannot be issued, the page comes back with the reason.
 */
@Named
@RequestScoped
public class CompletionCertificateBacking {

    @Inject
    AgreementRegistry registry;

    @Inject
    CompletionCertificateDownloads downloads;

    @Inject
    CertificateSealing sealing;

    @Inject
    CurrentUser user;

    /** @param languageCode the language of the PDF's labels: one of the agreement's languages */
    public String pdf(long agreementId, String languageCode) throws IOException {
        Language language = Language.fromCode(languageCode).orElse(null);
        return send(agreementId, () -> downloads.pdf(agreementId, user.getUsername(), language, sealing.current()));
    }

    public String json(long agreementId) throws IOException {
        return send(agreementId, () -> downloads.json(agreementId, user.getUsername()));
    }

    private String send(long agreementId, Supplier<CompletionCertificateDownload> issue) throws IOException {
        CompletionCertificateDownload download;
        try {
            download = issue.get();
        } catch (PactumException e) {
            PageMessages.problem(e, null);
            return null;
        }
        String language = download.language() == null ? null : download.language().code();
        AttachmentResponse.send(download.content(), download.contentType(),
                ContentDisposition.attachment(CertificateFileName.of(registry.get(agreementId), download)), language);
        return null;
    }
}
