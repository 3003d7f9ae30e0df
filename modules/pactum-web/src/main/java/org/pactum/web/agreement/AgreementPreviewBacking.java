package org.pactum.web.agreement;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.error.PactumException;
import org.pactum.drafting.boundary.AgreementPrints;
import org.pactum.drafting.entity.PrintedAgreement;
import org.pactum.web.download.ContentDisposition;
import org.pactum.web.download.DownloadName;
import org.pactum.web.faces.AttachmentResponse;
import org.pactum.web.faces.PageMessages;

/** The agreement page's "download the text" button: the same PDF the REST preview gives, or the reason it cannot. */
@Named
@RequestScoped
public class AgreementPreviewBacking {

    @Inject
    AgreementPrints prints;

    public String pdf(long agreementId) throws IOException {
        PrintedAgreement preview;
        try {
            preview = prints.current(agreementId);
        } catch (PactumException e) {
            PageMessages.problem(e, null);
            return null;
        }
        AttachmentResponse.send(preview.pdf(), "application/pdf", ContentDisposition.attachment(DownloadName.of(preview)), null);
        return null;
    }
}
