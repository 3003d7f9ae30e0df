package org.pactum.pdf.layout;

import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The running header of a report Pactum issues (the brand, what the document is, which agreement or report it is
 * about) and its footer (a line saying when and for whom, page X of Y): the certificate of completion's and the
 * verification report's.
 */
public final class DocumentFrame extends PageFrame {

    private static final float HEADER_SIZE = 8;
    private static final float FOOTER_SIZE = 7.5f;

    private final String documentTitle;
    private final String number;
    private final String footerLine;
    private final String pageOf;
    private final Font brand = new Font(EmbeddedFonts.SANS_BOLD, HEADER_SIZE + 1, Font.NORMAL, Palette.ACCENT);
    private final Font header = new Font(EmbeddedFonts.SANS, HEADER_SIZE, Font.NORMAL, Palette.MUTED);
    private final Font headerBold = new Font(EmbeddedFonts.SANS_BOLD, HEADER_SIZE, Font.NORMAL, Palette.TEXT);
    private final Font footer;

    /**
     * @param number     what the document is about, shown at the header's right: an agreement's number, a report's
     * @param footerLine shown at the footer's left, e.g. when and for whom the document was generated
     * @param pageOf     the words before the total, with {0} for the page number: "Page {0} of"
     */
    public DocumentFrame(String documentTitle, String number, String footerLine, String pageOf) {
        this(documentTitle, number, footerLine, pageOf, new Font(EmbeddedFonts.SANS, FOOTER_SIZE, Font.NORMAL, Palette.MUTED));
    }

    private DocumentFrame(String documentTitle, String number, String footerLine, String pageOf, Font footer) {
        super(footer, "0000");
        this.documentTitle = documentTitle;
        this.number = number;
        this.footerLine = footerLine;
        this.pageOf = pageOf;
        this.footer = footer;
    }

    @Override
    protected void drawPage(PdfWriter writer, PdfContentByte canvas, Rectangle page, float left, float right, int pageNumber) {
        float headerY = page.getTop() - 38;
        Phrase title = new Phrase("", header);
        title.add(new Phrase("PACTUM", brand));
        title.add(new Phrase("    " + documentTitle, header));
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, title, left, headerY, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(number, headerBold), right, headerY, 0);
        rule(canvas, left, right, headerY - 7, Palette.ACCENT, 0.8f);

        float footerY = page.getBottom() + 30;
        rule(canvas, left, right, footerY + 11, Palette.RULE, 0.5f);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(footerLine, footer), left, footerY, 0);
        pageOf(canvas, pageOf.replace("{0}", Integer.toString(pageNumber)), pageNumber, right, footerY);
    }
}
