package org.pactum.pdf.approval;

import java.io.ByteArrayOutputStream;
import java.util.Objects;

import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.pactum.domain.language.Language;
import org.pactum.pdf.layout.DocumentFrame;
import org.pactum.pdf.layout.PdfDates;
import org.pactum.pdf.layout.Wording;

/**
 * The approval sheet as an A4 PDF in one language: the agreement, its route and each round's decisions, with a blank
 * line beside every decision for the approver to sign the paper copy that administrations attach to the agreement.
 */
public final class ApprovalSheetPdf {

    private static final String BUNDLE = "org.pactum.pdf.approval.sheet";
    private static final float MARGIN_SIDE = 42;
    private static final float MARGIN_TOP = 66;
    private static final float MARGIN_BOTTOM = 58;

    private ApprovalSheetPdf() {
    }

    public static byte[] render(ApprovalSheet sheet, Language language) {
        Objects.requireNonNull(sheet, "sheet");
        Wording words = wording(language);
        SheetText text = new SheetText(words, sheet.zone());
        String title = words.text("document.title");

        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        Document document = new Document(PageSize.A4, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.setPageEvent(new DocumentFrame(title, sheet.number(), words.text("footer.printed",
                text.moment(sheet.printedAt()), sheet.zone().getId(), sheet.printedBy() == null ? "Pactum"
                        : sheet.printedBy()), words.text("footer.page")));
        document.addTitle(title + " — " + sheet.number());
        document.addSubject(words.text("document.subject", sheet.number()));
        document.addAuthor("Pactum");
        document.addCreator("Pactum");
        document.addCreationDate(PdfDates.of(sheet.printedAt()));
        writer.createXmpMetadata();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.code()));

        document.open();
        try {
            new SheetBody(sheet, text, new SheetStyle()).addTo(document);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    /** What the sheet is called in {@code language}: «Лист согласования», «Келісу парағы», "Approval sheet". */
    public static String title(Language language) {
        return wording(language).text("document.title");
    }

    private static Wording wording(Language language) {
        return Wording.of(BUNDLE, Objects.requireNonNull(language, "language"), ApprovalSheetPdf.class.getClassLoader());
    }
}
