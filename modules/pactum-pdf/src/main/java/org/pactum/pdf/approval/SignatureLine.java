package org.pactum.pdf.approval;

import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPCellEvent;
import org.openpdf.text.pdf.PdfPTable;
import org.pactum.pdf.layout.Palette;

/** A blank line near the bottom of a cell, for a signature by hand on the printed sheet. */
final class SignatureLine implements PdfPCellEvent {

    private static final float INSET = 6;
    private static final float ABOVE_BOTTOM = 8;

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
        canvas.saveState();
        canvas.setColorStroke(Palette.TEXT);
        canvas.setLineWidth(0.6f);
        float y = position.getBottom() + ABOVE_BOTTOM;
        canvas.moveTo(position.getLeft() + INSET, y);
        canvas.lineTo(position.getRight() - INSET, y);
        canvas.stroke();
        canvas.restoreState();
    }
}
