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
    CompletionCertificateDownloads downloads;

    @Inject
    CertificateSealing sealing;

    @Inject
    CurrentUser user;

    /** @param languageCode the language of the PDF's labels: one of the agreement's languages */
    public String pdf(long agreementId, String languageCode) throws IOException {
        Language language = Language.fromCode(languageCode).orElse(null);
        return send(() -> downloads.pdf(agreementId, user.getUsername(), language, sealing.current()));
    }

    public String json(long agreementId) throws IOException {
        return send(() -> downloads.json(agreementId, user.getUsername()));
    }

    private static String send(Supplier<CompletionCertificateDownload> issue) throws IOException {
        CompletionCertificateDownload download;
        try {
            download = issue.get();
        } catch (PactumException e) {
            PageMessages.problem(e, null);
            return null;
        }
        AttachmentResponse.send(download);
        return null;
    }
}
