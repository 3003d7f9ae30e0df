package org.pactum.pdf.approval;

import java.awt.Color;

import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.pactum.pdf.layout.Cells;
import org.pactum.pdf.layout.EmbeddedFonts;
import org.pactum.pdf.layout.Palette;

/** How the sheet looks: the certificate's sans and mono faces and colours, sized for a dense table on paper. */
final class SheetStyle {

    static final Color STAGE_FILL = new Color(0xE9, 0xEF, 0xF6);
    static final Color GOOD = new Color(0x0B, 0x6B, 0x3A);
    static final Color PENDING = new Color(0x93, 0x4A, 0x00);
    static final Color BAD = new Color(0xB4, 0x23, 0x18);

    final Font title = new Font(EmbeddedFonts.SANS_BOLD, 18, Font.NORMAL, Palette.ACCENT);
    final Font subtitle = new Font(EmbeddedFonts.SANS, 10.5f, Font.NORMAL, Palette.MUTED);
    final Font agreementTitle = new Font(EmbeddedFonts.SANS_BOLD, 11.5f, Font.NORMAL, Palette.TEXT);
    final Font heading = new Font(EmbeddedFonts.SANS_BOLD, 10.5f, Font.NORMAL, Palette.ACCENT);
    final Font label = new Font(EmbeddedFonts.SANS, 7.5f, Font.NORMAL, Palette.MUTED);
    final Font text = new Font(EmbeddedFonts.SANS, 8.5f, Font.NORMAL, Palette.TEXT);
    final Font textBold = new Font(EmbeddedFonts.SANS_BOLD, 8.5f, Font.NORMAL, Palette.TEXT);
    final Font small = new Font(EmbeddedFonts.SANS, 7, Font.NORMAL, Palette.MUTED);
    final Font smallItalic = new Font(EmbeddedFonts.SANS_ITALIC, 7, Font.NORMAL, Palette.MUTED);
    final Font stage = new Font(EmbeddedFonts.SANS_BOLD, 8.5f, Font.NORMAL, Palette.ACCENT);
    final Font tableHead = new Font(EmbeddedFonts.SANS_BOLD, 7.5f, Font.NORMAL, Color.WHITE);
    final Font hash = new Font(EmbeddedFonts.MONO, 8.5f, Font.NORMAL, Palette.TEXT);
    final Font hashSmall = new Font(EmbeddedFonts.MONO, 6.5f, Font.NORMAL, Palette.MUTED);

    Font decision(Color color) {
        return new Font(EmbeddedFonts.SANS_BOLD, 8.5f, Font.NORMAL, color);
    }

    /** A full-width table with the given relative column widths. */
    PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        return table;
    }

    PdfPCell ruled(Phrase content) {
        return Cells.ruled(content);
    }

    PdfPCell head(String words) {
        PdfPCell cell = Cells.head(new Phrase(words, tableHead));
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        return cell;
    }
}
