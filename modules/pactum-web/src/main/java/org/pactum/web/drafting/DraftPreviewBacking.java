package org.pactum.web.drafting;

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

/**
 * What the editor's preview frame shows before the first preview: the saved draft's PDF. After a preview that could
 * not be made, the same small page shows why ({@code problems=true}), in the frame instead of a PDF.
 */
@Named
@RequestScoped
public class DraftPreviewBacking {

    @Inject
    AgreementPrints prints;

    private String id;
    private boolean problems;

    public void show() throws IOException {
        if (problems) {
            return;
        }
        long agreementId;
        try {
            agreementId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            PageMessages.error("error.agreementGone");
            return;
        }
        try {
            PrintedAgreement preview = prints.current(agreementId);
            AttachmentResponse.send(preview.pdf(), "application/pdf", ContentDisposition.inline(DownloadName.of(preview)), null);
        } catch (PactumException e) {
            PageMessages.problem(e, null);
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isProblems() {
        return problems;
    }

    public void setProblems(boolean problems) {
        this.problems = problems;
    }
}
