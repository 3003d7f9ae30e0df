package org.pactum.web.signing;

import java.io.IOException;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.error.PactumException;
import org.pactum.domain.signature.SignedDocument;
import org.pactum.registry.boundary.AgreementRegistry;
import org.pactum.signing.boundary.Signing;
import org.pactum.web.faces.AddressParameters;
import org.pactum.web.download.ContentDisposition;
import org.pactum.web.download.DownloadName;
import org.pactum.web.faces.AttachmentResponse;
import org.pactum.web.faces.NotFoundResponse;

/**
 * The PDF the signing page shows in its frame and offers for download: the exact document the next signature is
 * added to, or, once no signature is awaited, the agreement as last signed. The browser's session is the
 * credential here, which the stateless REST door ({@code /api/v1/agreements/{id}/document}) does not take.
 */
@Named
@RequestScoped
public class SigningDocumentBacking {

    @Inject
    Signing signing;

    @Inject
    AgreementRegistry registry;

    private String id;
    private boolean download;

    public void send() throws IOException {
        Optional<Long> agreementId = AddressParameters.identifier(id);
        Optional<SignedDocument> document;
        Agreement agreement;
        try {
            document = agreementId.flatMap(this::shown);
            agreement = agreementId.map(registry::get).orElse(null);
        } catch (PactumException e) {
            document = Optional.empty();
            agreement = null;
        }
        if (document.isEmpty() || agreement == null) {
            NotFoundResponse.send("document");
            return;
        }
        DownloadName kind = awaitsSignatures(agreementId.get()) ? DownloadName.TO_SIGN : DownloadName.SIGNED;
        String name = kind.name(DownloadName.shownNumber(agreement), agreement.languages(), agreement.revision(), "pdf");
        AttachmentResponse.send(document.get().pdf(), "application/pdf",
                download ? ContentDisposition.attachment(name) : ContentDisposition.inline(name), null);
    }

    private Optional<SignedDocument> shown(long agreementId) {
        return awaitsSignatures(agreementId) ? Optional.of(signing.documentToSign(agreementId))
                : signing.signedDocument(agreementId);
    }

    private boolean awaitsSignatures(long agreementId) {
        return registry.get(agreementId).status().awaitsSignatures();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isDownload() {
        return download;
    }

    public void setDownload(boolean download) {
        this.download = download;
    }
}
