package org.pactum.pdf.layout;

import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * "Page X of Y", where Y is known only when the document closes: every page shows a template that is filled with the
 * total at the end.
 */
final class PageTotal {

    private final Font font;
    private final float width;
    private PdfTemplate total;
    private int pages;

    /** @param widest the widest total to leave room for, e.g. "000" */
    PageTotal(Font font, String widest) {
        this.font = font;
        this.width = font.getBaseFont().getWidthPoint(widest, font.getSize());
    }

    void open(PdfWriter writer) {
        total = writer.getDirectContent().createTemplate(width, font.getSize() + 4);
    }

    /** Writes {@code text} (e.g. "Page 2 of") right-aligned so that the total follows it and ends at {@code right}. */
    void show(PdfContentByte canvas, String text, int page, float right, float y) {
        pages = page;
        // Right-aligned text loses a trailing space, so the gap before the total is left in x instead.
        float gap = font.getBaseFont().getWidthPoint(" ", font.getSize());
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(text, font), right - width - gap, y, 0);
        canvas.addTemplate(total, right - width, y - 2);
    }

    void close() {
        ColumnText.showTextAligned(total, Element.ALIGN_LEFT, new Phrase(Integer.toString(pages), font), 0, 2, 0);
    }
}
