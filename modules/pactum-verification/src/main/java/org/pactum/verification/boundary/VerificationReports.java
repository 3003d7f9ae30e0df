package org.pactum.verification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.language.Language;
import org.pactum.domain.verification.VerificationRecord;
import org.pactum.verification.control.report.VerificationReportPdf;
import org.pactum.verification.entity.PrintedReport;

/**
 * Stored verification reports printed for an auditor's file: drawn from the report exactly as it was kept, so the
 * PDF says what the JSON answer said, in the language the auditor asks for.
 */
@ApplicationScoped
public class VerificationReports {

    @Inject
    Verification verification;

    /** @throws NotFoundException when no report has this id */
    public PrintedReport pdf(String id, Language language) {
        VerificationRecord record = verification.report(id);
        return new PrintedReport(record.id(), language, VerificationReportPdf.fileStem(record.id()),
                VerificationReportPdf.render(record.report(), language));
    }
}
