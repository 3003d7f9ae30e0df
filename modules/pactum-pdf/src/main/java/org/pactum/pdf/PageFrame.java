package org.pactum.pdf;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The running header (what the document is, which agreement) and footer (when and for whom it was generated, page X
 * of Y) on every page, so a single printed page still says where it belongs. Y is unknown until the last page is done,
 * so every page shows one shared template that is filled in when the document closes.
 */
final class PageFrame extends PdfPageEventHelper {

    private static final float HEADER_SIZE = 8;
    private static final float FOOTER_SIZE = 7.5f;

    private final String documentTitle;
    private final String number;
    private final String generated;
    private final String pageOf;
    private final Font brand = new Font(EmbeddedFonts.SANS_BOLD, HEADER_SIZE + 1, Font.NORMAL, CertificateStyle.ACCENT);
    private final Font header = new Font(EmbeddedFonts.SANS, HEADER_SIZE, Font.NORMAL, CertificateStyle.MUTED);
    private final Font headerBold = new Font(EmbeddedFonts.SANS_BOLD, HEADER_SIZE, Font.NORMAL, CertificateStyle.TEXT);
    private final Font footer = new Font(EmbeddedFonts.SANS, FOOTER_SIZE, Font.NORMAL, CertificateStyle.MUTED);

    private final PageTotal total = new PageTotal(footer, "0000");

    /** @param pageOf the words before the total, with {0} for the page number: "Page {0} of" */
    PageFrame(String documentTitle, String number, String generated, String pageOf) {
        this.documentTitle = documentTitle;
        this.number = number;
        this.generated = generated;
        this.pageOf = pageOf;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total.open(writer);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int pageNumber = writer.getPageNumber();
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float left = document.left();
        float right = document.right();

        float headerY = page.getTop() - 38;
        Phrase title = new Phrase("", header);
        title.add(new Phrase("PACTUM", brand));
        title.add(new Phrase("    " + documentTitle, header));
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, title, left, headerY, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(number, headerBold), right, headerY, 0);
        rule(canvas, left, right, headerY - 7, CertificateStyle.ACCENT, 0.8f);

        float footerY = page.getBottom() + 30;
        rule(canvas, left, right, footerY + 11, CertificateStyle.RULE, 0.5f);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(generated, footer), left, footerY, 0);
        total.show(canvas, pageOf.replace("{0}", Integer.toString(pageNumber)), pageNumber, right, footerY);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.close();
    }

    private static void rule(PdfContentByte canvas, float from, float to, float y, java.awt.Color color, float width) {
        canvas.saveState();
        canvas.setColorStroke(color);
        canvas.setLineWidth(width);
        canvas.moveTo(from, y);
        canvas.lineTo(to, y);
        canvas.stroke();
        canvas.restoreState();
    }
}
