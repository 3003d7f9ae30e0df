package org.pactum.pdf.layout;

import java.awt.Color;

import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;

/** The table cells Pactum's reports are built of: plain, ruled below, a table's head, and a notice with a bar. */
public final class Cells {

    private Cells() {
    }

    /** A borderless cell; callers add the lines and fills they need. */
    public static PdfPCell plain(Phrase content) {
        PdfPCell cell = new PdfPCell(content);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(4);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(5);
        cell.setUseAscender(true);
        cell.setLeading(0, 1.25f);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    /** A cell with a thin line under it, as the rows of key-value tables have. */
    public static PdfPCell ruled(Phrase content) {
        PdfPCell cell = plain(content);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Palette.RULE);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    /** A column's heading: light words on the accent colour. */
    public static PdfPCell head(Phrase content) {
        PdfPCell cell = plain(content);
        cell.setBackgroundColor(Palette.ACCENT);
        cell.setPaddingTop(4);
        cell.setPaddingBottom(5);
        return cell;
    }

    /** A tinted box with a thick coloured bar on its left, for a notice or a verdict. */
    public static PdfPCell notice(Color bar, Color fill) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderColorLeft(bar);
        cell.setBorderWidthLeft(3);
        cell.setBackgroundColor(fill);
        cell.setPadding(8);
        cell.setPaddingLeft(10);
        cell.setUseAscender(true);
        return cell;
    }
}
