package org.pactum.web.revisions;

import java.io.IOException;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.error.NotFoundException;
import org.pactum.drafting.boundary.AgreementPrints;
import org.pactum.drafting.entity.PrintedAgreement;
import org.pactum.web.faces.AddressParameters;
import org.pactum.web.download.ContentDisposition;
import org.pactum.web.download.DownloadName;
import org.pactum.web.faces.AttachmentResponse;
import org.pactum.web.faces.NotFoundResponse;

/**
 * One revision of an agreement as a PDF file, from a plain link in the revision history: the address names the
 * agreement and the revision, so the file can be fetched again later. An unknown one is the not-found page.
 */
@Named
@RequestScoped
public class RevisionPdfBacking {

    @Inject
    AgreementPrints prints;

    private String id;
    private String revision;

    public void send() throws IOException {
        Optional<Long> agreement = AddressParameters.identifier(id);
        Optional<Integer> number = AddressParameters.number(revision);
        if (agreement.isEmpty() || number.isEmpty()) {
            NotFoundResponse.send("revision");
            return;
        }
        try {
            PrintedAgreement pdf = prints.revision(agreement.get(), number.get());
            AttachmentResponse.send(pdf.pdf(), "application/pdf", ContentDisposition.attachment(DownloadName.of(pdf)), null);
        } catch (NotFoundException e) {
            NotFoundResponse.send("revision");
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getRevision() {
        return revision;
    }

    public void setRevision(String revision) {
        this.revision = revision;
    }
}
