package org.pactum.verification.control.report;

import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;
import org.pactum.pdf.layout.EmbeddedFonts;
import org.pactum.pdf.layout.PageFrame;
import org.pactum.pdf.layout.Palette;

/**
 * The report's running header (what the document is, which report) and footer (the report, when it was checked, by
 * which policy; page X of Y), so that a single page taken out of the file still says where it belongs.
 */
final class ReportFrame extends PageFrame {

    private static final float HEADER_SIZE = 8;
    private static final float FOOTER_SIZE = 7.5f;

    private final String documentTitle;
    private final String reportNumber;
    private final String footerText;
    private final String pageOf;
    private final Font brand = new Font(EmbeddedFonts.SANS_BOLD, HEADER_SIZE + 1, Font.NORMAL, Palette.ACCENT);
    private final Font header = new Font(EmbeddedFonts.SANS, HEADER_SIZE, Font.NORMAL, Palette.MUTED);
    private final Font headerBold = new Font(EmbeddedFonts.SANS_BOLD, HEADER_SIZE, Font.NORMAL, Palette.TEXT);
    private final Font footer;

    /** @param pageOf the words before the total, with {0} for the page number: "Page {0} of" */
    ReportFrame(String documentTitle, String reportNumber, String footerText, String pageOf) {
        this(documentTitle, reportNumber, footerText, pageOf,
                new Font(EmbeddedFonts.SANS, FOOTER_SIZE, Font.NORMAL, Palette.MUTED));
    }

    private ReportFrame(String documentTitle, String reportNumber, String footerText, String pageOf, Font footer) {
        super(footer, "000");
        this.documentTitle = documentTitle;
        this.reportNumber = reportNumber;
        this.footerText = footerText;
        this.pageOf = pageOf;
        this.footer = footer;
    }

    @Override
    protected void drawPage(PdfWriter writer, PdfContentByte canvas, Rectangle page, float left, float right,
                            int pageNumber) {
        float headerY = page.getTop() - 38;
        Phrase title = new Phrase("", header);
        title.add(new Phrase("PACTUM", brand));
        title.add(new Phrase("    " + documentTitle, header));
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, title, left, headerY, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(reportNumber, headerBold), right, headerY, 0);
        rule(canvas, left, right, headerY - 7, Palette.ACCENT, 0.8f);

        float footerY = page.getBottom() + 30;
        rule(canvas, left, right, footerY + 11, Palette.RULE, 0.5f);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(footerText, footer), left, footerY, 0);
        pageOf(canvas, pageOf.replace("{0}", Integer.toString(pageNumber)), pageNumber, right, footerY);
    }
}
