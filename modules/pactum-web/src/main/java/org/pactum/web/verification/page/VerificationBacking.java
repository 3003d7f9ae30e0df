package org.pactum.web.verification.page;

import java.io.IOException;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.user.Actor;
import org.pactum.domain.verification.DocumentTooLargeException;
import org.pactum.domain.verification.VerificationRecord;
import org.pactum.verification.boundary.Verification;
import org.pactum.verification.boundary.VerificationReports;
import org.pactum.verification.entity.PrintedReport;
import org.pactum.web.download.ContentDisposition;
import org.pactum.web.download.DownloadName;
import org.pactum.web.faces.AttachmentResponse;
import org.pactum.web.faces.DateDisplay;
import org.pactum.web.faces.LanguageBacking;
import org.pactum.web.faces.PageMessages;

/**
 * The auditor's verification page: a PDF uploaded is verified and kept as a report, and the page is then loaded again
 * with the report's id (post-redirect-get), so a reload shows the same report instead of verifying (and auditing) the
 * file twice, and the address opens the report again later.
 */
@Named
@RequestScoped
public class VerificationBacking {

    static final String FILE_FIELD = "upload:file";
    private static final String SELF = "/verification/verification.xhtml?faces-redirect=true&id=";
    private static final long MEBIBYTE = 1024L * 1024;

    @Inject
    Verification verification;

    @Inject
    Actor actor;

    @Inject
    VerificationReports reports;

    @Inject
    DateDisplay dates;

    @Inject
    LanguageBacking language;

    @Inject
    @ConfigProperty(name = "pactum.verification.max-bytes", defaultValue = "52428800")
    long maxBytes;

    private String id;
    private boolean tooLarge;
    private transient Part file;
    private ReportView report;

    /** Opens the report the address names, if any. */
    public void load() {
        if (tooLarge) {
            PageMessages.error("verify.file.tooLarge", maxBytes / MEBIBYTE);
        }
        if (id == null || id.isBlank()) {
            return;
        }
        try {
            VerificationRecord record = verification.report(id.strip());
            report = ReportReading.read(record.report(), true, dates::dateTimeWithSeconds);
        } catch (NotFoundException e) {
            PageMessages.error("verify.report.notFound", id.strip());
        }
    }

    public String verify() throws IOException {
        Optional<byte[]> uploaded = UploadedPdf.read(file, maxBytes, FILE_FIELD);
        if (uploaded.isEmpty()) {
            return null;
        }
        byte[] pdf = uploaded.get();
        try {
            return SELF + verification.verify(pdf, actor).id();
        } catch (DocumentTooLargeException e) {
            UploadedPdf.tooLarge(FILE_FIELD, maxBytes);
        } catch (InvalidInputException e) {
            PageMessages.fieldError(FILE_FIELD, "verify.file.unreadable");
        }
        return null;
    }

    /**
     * Sends the report named by the address as PDF, in the language of the page ({@code report.xhtml}'s view
     * action). Through a page, not the API's address: a browser's session is no HTTP Basic credential.
     */
    public String reportPdf() throws IOException {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            PrintedReport printed = reports.pdf(id.strip(), language.getLanguage());
            AttachmentResponse.send(printed.content(), PrintedReport.CONTENT_TYPE, ContentDisposition.attachment(DownloadName.of(printed)),
                    printed.language().code());
        } catch (NotFoundException e) {
            PageMessages.error("verify.report.notFound", id.strip());
        }
        return null;
    }

    public ReportView getReport() {
        return report;
    }

    public long getMaxMebibytes() {
        return maxBytes / MEBIBYTE;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isTooLarge() {
        return tooLarge;
    }

    public void setTooLarge(boolean tooLarge) {
        this.tooLarge = tooLarge;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
