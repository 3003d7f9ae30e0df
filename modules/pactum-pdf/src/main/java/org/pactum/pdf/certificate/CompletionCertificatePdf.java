package org.pactum.pdf.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfFileSpecification;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.pactum.domain.audit.CompletionCertificate;
import org.pactum.domain.canonical.Sha256;
import org.pactum.domain.language.Language;
import org.pactum.pdf.layout.DocumentFrame;
import org.pactum.pdf.layout.PdfDates;

/**
 * The certificate of completion as an A4 PDF: the agreement, its parties, its signatures, every audit event with its
 * hashes, the covering seal and the chain verification, in one language with the title in each of the agreement's
 * languages. The certificate's JSON form is attached to the file, so the printout and the machine-readable data travel
 * together.
 */
public final class CompletionCertificatePdf {

    /** Times as people read them; the attached JSON keeps the exact, hashed form. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private static final float MARGIN_SIDE = 42;
    private static final float MARGIN_TOP = 66;
    private static final float MARGIN_BOTTOM = 58;

    private CompletionCertificatePdf() {
    }

    /**
     * The certificate as a file that will not be sealed, and says so.
     *
     * @param language the language of the labels; the agreement's own texts are shown in all of its languages
     */
    public static byte[] render(CompletionCertificate certificate, Language language) {
        return render(certificate, language, false);
    }

    /**
     * @param language the language of the labels; the agreement's own texts are shown in all of its languages
     * @param sealed   whether the platform's seal will be added to the file, which its notes then explain
     */
    public static byte[] render(CompletionCertificate certificate, Language language, boolean sealed) {
        return render(certificate, language, sealed, CertificateNames.none());
    }

    /**
     * @param language the language of the labels; the agreement's own texts are shown in all of its languages
     * @param sealed   whether the platform's seal will be added to the file, which its notes then explain
     * @param names    the registration number and the people's names to show instead of logins
     */
    public static byte[] render(CompletionCertificate certificate, Language language, boolean sealed, CertificateNames names) {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(names, "names");
        String number = names.shownNumber(certificate.number());
        Objects.requireNonNull(language, "language");
        Labels labels = Labels.of(language);
        String title = labels.text("document.title");
        byte[] json = certificate.canonicalJson().getBytes(StandardCharsets.UTF_8);

        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PageSize.A4, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        // 1.7 (ISO 32000-1) rather than OpenPDF's default 2.0: nothing here needs 2.0, and every reader and validator takes 1.7.
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.setPageEvent(new DocumentFrame(title, number,
                labels.text("footer.generated", TIME.format(certificate.generatedAt()), generatedBy(certificate, names)),
                labels.text("footer.page")));

        document.addTitle(title + " — " + number);
        document.addSubject(labels.text("document.subject", number));
        document.addKeywords(number + ", " + title);
        document.addAuthor("Pactum");
        document.addCreator("Pactum");
        document.addCreationDate(PdfDates.of(certificate.generatedAt()));
        writer.createXmpMetadata();
        // Screen readers and text extraction pick hyphenation and voices from /Lang.
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.code()));

        document.open();
        try {
            String attachment = jsonFileName(certificate);
            writer.addFileAttachment(attachment, PdfFileSpecification.fileEmbedded(writer, null, attachment, json,
                    "application/json", null, 9));
            new CertificateBody(certificate, labels, new CertificateStyle(), sealed, names).addTo(document, writer, attachment,
                    Sha256.hex(json));
        } catch (IOException e) {
            throw new IllegalStateException("the completion certificate of " + certificate.number() + " cannot be rendered", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    /** The file name to offer for download, e.g. {@code PA-2026-00002-completion-certificate.pdf}. */
    public static String fileName(CompletionCertificate certificate) {
        return fileStem(certificate.number()) + ".pdf";
    }

    /**
     * The name of the JSON form: attached under it inside the PDF, and offered under it when the JSON is downloaded
     * on its own, so both copies carry the same name.
     */
    public static String jsonFileName(CompletionCertificate certificate) {
        return fileStem(certificate.number()) + ".json";
    }

    /**
     * Only letters, digits, dot, dash and underscore of the reference number: whatever a number may contain one day,
     * the name must stay a plain file name in a Content-Disposition header and on every file system.
     */
    static String fileStem(String number) {
        String safe = number == null ? "" : number.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
        if (safe.length() > 80) {
            safe = safe.substring(0, 80);
        }
        return (safe.isEmpty() ? "agreement" : safe) + "-completion-certificate";
    }

    private static String generatedBy(CompletionCertificate certificate, CertificateNames names) {
        return certificate.generatedBy() == null ? "system" : names.personOf(certificate.generatedBy());
    }
}
