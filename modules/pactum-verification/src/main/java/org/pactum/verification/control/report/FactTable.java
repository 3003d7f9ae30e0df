package org.pactum.verification.control.report;

import java.awt.Color;

import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.pactum.pdf.layout.Cells;

/**
 * A two-column table of facts: what is stated on the left, its value on the right. A signature's facts carry its
 * verdict colour as a bar down their left edge, so that each signature reads as one block even across a page break.
 */
final class FactTable {

    private final ReportStyle style;
    private final Color bar;
    private final PdfPTable table;

    /**
     * @param heading the section's heading, above the facts
     * @param bar     the colour of the bar on the left, or null for none
     */
    FactTable(ReportStyle style, String heading, Color bar) {
        this.style = style;
        this.bar = bar;
        this.table = style.headed(heading, 30, 70);
    }

    /** A sentence across both columns, before the facts. */
    FactTable lead(String words) {
        table.addCell(style.across(table, new Phrase(words, style.text)));
        return this;
    }

    FactTable row(String label, String value) {
        return row(label, new Phrase(value, style.text));
    }

    FactTable mono(String label, String value) {
        return row(label, new Phrase(value, style.mono));
    }

    FactTable row(String label, Phrase value) {
        PdfPCell name = Cells.ruled(new Phrase(label, style.label));
        if (bar != null) {
            name.setBorder(Rectangle.LEFT | Rectangle.BOTTOM);
            name.setBorderColorLeft(bar);
            name.setBorderWidthLeft(3);
            name.setPaddingLeft(9);
        }
        table.addCell(name);
        table.addCell(Cells.ruled(value));
        return this;
    }

    PdfPTable table() {
        return table;
    }
}
