package org.pactum.pdf.layout;

import java.awt.Color;

import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * What a document draws on every page around its content — a running header and footer — so a single printed page
 * still says where it belongs. Each document says what its header and footer hold; the frame keeps "page X of Y"
 * working, where Y is unknown until the last page is done: every page shows one shared template that is filled in
 * when the document closes.
 */
public abstract class PageFrame extends PdfPageEventHelper {

    private final PageTotal total;

    /**
     * @param totalFont    the font of "page X of Y"
     * @param widestTotal  the widest total to leave room for, e.g. "000"
     */
    protected PageFrame(Font totalFont, String widestTotal) {
        this.total = new PageTotal(totalFont, widestTotal);
    }

    @Override
    public final void onOpenDocument(PdfWriter writer, Document document) {
        total.open(writer);
    }

    @Override
    public final void onEndPage(PdfWriter writer, Document document) {
        drawPage(writer, writer.getDirectContent(), document.getPageSize(), document.left(), document.right(),
                writer.getPageNumber());
    }

    @Override
    public final void onCloseDocument(PdfWriter writer, Document document) {
        total.close();
    }

    /**
     * Draws the header and footer of the page that has just been filled.
     *
     * @param left  the left edge of the content, where header and footer start
     * @param right the right edge of the content, where they end
     */
    protected abstract void drawPage(PdfWriter writer, PdfContentByte canvas, Rectangle page, float left, float right,
            int pageNumber);

    /** Writes {@code text} (e.g. "Page 2 of") right-aligned so that the total follows it and ends at {@code right}. */
    protected final void pageOf(PdfContentByte canvas, String text, int pageNumber, float right, float y) {
        total.show(canvas, text, pageNumber, right, y);
    }

    /** A horizontal line between the content and the header or footer. */
    protected static void rule(PdfContentByte canvas, float from, float to, float y, Color color, float width) {
        canvas.saveState();
        canvas.setColorStroke(color);
        canvas.setLineWidth(width);
        canvas.moveTo(from, y);
        canvas.lineTo(to, y);
        canvas.stroke();
        canvas.restoreState();
    }
}
