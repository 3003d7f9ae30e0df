package org.pactum.verification.control.report;

import java.awt.Color;

import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.pactum.pdf.layout.Cells;
import org.pactum.pdf.layout.EmbeddedFonts;
import org.pactum.pdf.layout.Palette;

/**
 * How the report looks: Pactum's sans family and colours, a monospaced face for hashes, serials and object lists so
 * their characters line up and cannot be mistaken (0/O, 1/l), and the verdict colours for words and bars.
 */
final class ReportStyle {

    final Font title = new Font(EmbeddedFonts.SANS_BOLD, 20, Font.NORMAL, Palette.ACCENT);
    final Font lead = new Font(EmbeddedFonts.SANS, 9, Font.NORMAL, Palette.TEXT);
    final Font heading = new Font(EmbeddedFonts.SANS_BOLD, 11.5f, Font.NORMAL, Palette.ACCENT);
    final Font label = new Font(EmbeddedFonts.SANS, 8, Font.NORMAL, Palette.MUTED);
    final Font text = new Font(EmbeddedFonts.SANS, 8.5f, Font.NORMAL, Palette.TEXT);
    final Font textBold = new Font(EmbeddedFonts.SANS_BOLD, 8.5f, Font.NORMAL, Palette.TEXT);
    final Font muted = new Font(EmbeddedFonts.SANS, 7.5f, Font.NORMAL, Palette.MUTED);
    final Font note = new Font(EmbeddedFonts.SANS, 7.5f, Font.NORMAL, Palette.MUTED);
    final Font tableHead = new Font(EmbeddedFonts.SANS_BOLD, 7.5f, Font.NORMAL, Color.WHITE);
    final Font mono = new Font(EmbeddedFonts.MONO, 7.5f, Font.NORMAL, Palette.TEXT);
    final Font monoSmall = new Font(EmbeddedFonts.MONO, 6.5f, Font.NORMAL, Palette.TEXT);
    final Font code = new Font(EmbeddedFonts.MONO, 6.5f, Font.NORMAL, Palette.MUTED);

    Font bold(Color color, float size) {
        return new Font(EmbeddedFonts.SANS_BOLD, size, Font.NORMAL, color);
    }

    Font regular(Color color, float size) {
        return new Font(EmbeddedFonts.SANS, size, Font.NORMAL, color);
    }

    /**
     * A full-width table whose first row is a section heading: repeated above the rest when the table runs on to the
     * next page, and never left alone at the foot of a page.
     */
    PdfPTable headed(String heading, float... widths) {
        return headed(new Phrase(heading, this.heading), widths);
    }

    PdfPTable headed(Phrase heading, float... widths) {
        PdfPTable table = table(widths);
        table.setSpacingBefore(14);
        PdfPCell cell = Cells.plain(heading);
        cell.setColspan(widths.length);
        cell.setPaddingLeft(0);
        cell.setPaddingTop(0);
        cell.setPaddingBottom(5);
        table.addCell(cell);
        table.setHeaderRows(1);
        return table;
    }

    /** A section that holds one sentence. */
    PdfPTable sentence(String heading, String words) {
        PdfPTable table = headed(heading, 1);
        table.addCell(across(table, new Phrase(words, text)));
        return table;
    }

    /** A part of a section that holds one sentence, under a heading in bold running text. */
    PdfPTable subsentence(String heading, String words) {
        PdfPTable table = headed(new Phrase(heading, textBold), 1);
        table.setSpacingBefore(6);
        table.addCell(across(table, new Phrase(words, text)));
        return table;
    }

    /**
     * A part of a section laid out in columns, under a heading in bold running text; the heading and the column heads
     * are repeated when it runs on to the next page.
     */
    PdfPTable columns(String heading, String[] heads, float... widths) {
        PdfPTable table = headed(new Phrase(heading, textBold), widths);
        table.setSpacingBefore(6);
        for (String head : heads) {
            table.addCell(tableHead(head));
        }
        table.setHeaderRows(2);
        return table;
    }

    /** A row of running text across every column of a table. */
    PdfPCell across(PdfPTable table, Phrase content) {
        PdfPCell cell = Cells.plain(content);
        cell.setColspan(table.getNumberOfColumns());
        cell.setPaddingLeft(0);
        return cell;
    }

    Paragraph paragraph(String words, Font font) {
        Paragraph paragraph = new Paragraph(words, font);
        paragraph.setLeading(0, 1.3f);
        return paragraph;
    }

    /** A full-width table with the given relative column widths. */
    PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(4);
        return table;
    }

    PdfPCell tableHead(String words) {
        return Cells.head(new Phrase(words, tableHead));
    }

    /** The verdict's box: a broader bar and more room than a notice, for the words that matter most. */
    PdfPCell verdict(Verdict verdict) {
        PdfPCell cell = Cells.notice(verdict.strong(), verdict.tint());
        cell.setBorderWidthLeft(5);
        cell.setPadding(10);
        cell.setPaddingLeft(14);
        return cell;
    }
}
