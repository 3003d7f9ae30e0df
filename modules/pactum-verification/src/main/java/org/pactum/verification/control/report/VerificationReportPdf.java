package org.pactum.verification.control.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfFileSpecification;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.pactum.domain.canonical.Sha256;
import org.pactum.domain.language.Language;
import org.pactum.pdf.layout.DocumentFrame;
import org.pactum.pdf.layout.PdfDates;

/**
 * A stored verification report as an A4 PDF for an auditor's file, in one language. The stored JSON is attached to
 * the file, so the printout and the report it was drawn from travel together.
 */
public final class VerificationReportPdf {

    private static final float MARGIN_SIDE = 42;
    private static final float MARGIN_TOP = 66;
    private static final float MARGIN_BOTTOM = 58;

    private VerificationReportPdf() {
    }

    /**
     * @param json the report exactly as it was stored (canonical JSON)
     * @throws IllegalArgumentException when the text is no JSON object
     */
    public static byte[] render(String json, Language language) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(language, "language");
        StoredReport report = StoredReport.parse(json);
        ReportWords words = ReportWords.of(language);
        String title = words.text("document.title");
        String shortId = ReportFormat.shortId(report.id());
        byte[] stored = json.getBytes(StandardCharsets.UTF_8);

        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        Document document = new Document(PageSize.A4, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        // 1.7 (ISO 32000-1) rather than OpenPDF's default 2.0: nothing here needs 2.0, and every reader takes 1.7.
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.setPageEvent(new DocumentFrame(title, "№ " + shortId, words.text("footer.report", shortId,
                ReportFormat.time(report.validationTime(), words), report.policy() == null ? words.text("none")
                        : report.policy()), words.text("footer.page")));

        document.addTitle(title + " — " + shortId);
        document.addSubject(words.text("document.subject", report.id() == null ? shortId : report.id()));
        document.addAuthor("Pactum");
        document.addCreator("Pactum");
        if (report.validationTime() != null) {
            document.addCreationDate(PdfDates.of(report.validationTime()));
        }
        // Screen readers and text extraction pick hyphenation and voices from /Lang.
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.code()));

        document.open();
        try {
            String attachment = fileStem(report.id()) + ".json";
            writer.addFileAttachment(attachment, PdfFileSpecification.fileEmbedded(writer, null, attachment, stored,
                    "application/json", null, 9));
            new ReportBody(report, words, new ReportStyle()).addTo(document, attachment, Sha256.hex(stored));
        } catch (IOException e) {
            throw new IllegalStateException("verification report " + report.id() + " cannot be rendered", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    /** The start of the name to offer the file under, e.g. {@code verification-report-3f9c01ab}. */
    public static String fileStem(String reportId) {
        return "verification-report-" + ReportFormat.shortId(reportId);
    }
}
