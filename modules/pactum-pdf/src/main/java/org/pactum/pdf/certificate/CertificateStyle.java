package org.pactum.pdf.certificate;

import java.awt.Color;

import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.pactum.pdf.layout.Cells;
import org.pactum.pdf.layout.EmbeddedFonts;
import org.pactum.pdf.layout.Palette;

/**
 * How the certificate looks: one sans family for text, a monospaced face for hashes so their characters line up and
 * cannot be mistaken (0/O, 1/l), one accent colour, and status colours that say "fine", "not yet" and "broken".
 */
final class CertificateStyle {

    static final Color ACCENT = Palette.ACCENT;
    static final Color ACCENT_LIGHT = new Color(0xE9, 0xEF, 0xF6);
    static final Color TEXT = Palette.TEXT;
    static final Color MUTED = Palette.MUTED;
    static final Color RULE = Palette.RULE;
    static final Color STRIPE = new Color(0xF6, 0xF8, 0xFA);
    static final Color GOOD = new Color(0x0B, 0x6B, 0x3A);
    static final Color GOOD_FILL = new Color(0xE8, 0xF5, 0xED);
    static final Color PENDING = new Color(0x93, 0x4A, 0x00);
    static final Color PENDING_FILL = new Color(0xFD, 0xF2, 0xE2);
    static final Color BAD = new Color(0xB4, 0x23, 0x18);
    static final Color BAD_FILL = new Color(0xFD, 0xEC, 0xEA);

    final Font title = new Font(EmbeddedFonts.SANS_BOLD, 20, Font.NORMAL, ACCENT);
    final Font subtitle = new Font(EmbeddedFonts.SANS, 12.5f, Font.NORMAL, MUTED);
    final Font lead = new Font(EmbeddedFonts.SANS, 9, Font.NORMAL, TEXT);
    final Font heading = new Font(EmbeddedFonts.SANS_BOLD, 11, Font.NORMAL, ACCENT);
    final Font label = new Font(EmbeddedFonts.SANS, 7.5f, Font.NORMAL, MUTED);
    final Font text = new Font(EmbeddedFonts.SANS, 8.5f, Font.NORMAL, TEXT);
    final Font textBold = new Font(EmbeddedFonts.SANS_BOLD, 8.5f, Font.NORMAL, TEXT);
    final Font textMuted = new Font(EmbeddedFonts.SANS, 8.5f, Font.NORMAL, MUTED);
    final Font small = new Font(EmbeddedFonts.SANS, 7, Font.NORMAL, MUTED);
    final Font note = new Font(EmbeddedFonts.SANS, 7.5f, Font.NORMAL, MUTED);
    final Font noteItalic = new Font(EmbeddedFonts.SANS_ITALIC, 7.5f, Font.NORMAL, MUTED);
    final Font tableHead = new Font(EmbeddedFonts.SANS_BOLD, 7.5f, Font.NORMAL, Color.WHITE);
    final Font summaryValue = new Font(EmbeddedFonts.SANS_BOLD, 10, Font.NORMAL, TEXT);
    final Font hash = new Font(EmbeddedFonts.MONO, 7.5f, Font.NORMAL, TEXT);
    final Font hashSmall = new Font(EmbeddedFonts.MONO, 6.5f, Font.NORMAL, TEXT);
    final Font code = new Font(EmbeddedFonts.MONO, 6.5f, Font.NORMAL, MUTED);

    Font bold(Color color, float size) {
        return new Font(EmbeddedFonts.SANS_BOLD, size, Font.NORMAL, color);
    }

    Font regular(Color color, float size) {
        return new Font(EmbeddedFonts.SANS, size, Font.NORMAL, color);
    }

    /** A line break in a font of ours: Chunk.NEWLINE would drag an unembedded Helvetica into the file. */
    Chunk newline() {
        return new Chunk("\n", text);
    }

    Paragraph heading(String text) {
        Paragraph paragraph = new Paragraph(text, heading);
        paragraph.setLeading(14);
        paragraph.setSpacingBefore(4);
        // Tables ignore the spacing after a paragraph; they get their own (see table()).
        paragraph.setSpacingAfter(4);
        paragraph.setKeepTogether(true);
        return paragraph;
    }

    Paragraph paragraph(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setLeading(0, 1.3f);
        return paragraph;
    }

    /** A full-width table with the given relative column widths, set off from the heading above it. */
    PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(5);
        table.setSpacingAfter(9);
        return table;
    }

    /** A borderless cell; callers add the lines and fills they need. */
    PdfPCell cell(Phrase content) {
        return Cells.plain(content);
    }

    /** A cell with a thin line under it, as the rows of the key-value and party tables have. */
    PdfPCell ruled(Phrase content) {
        return Cells.ruled(content);
    }

    PdfPCell tableHead(String text) {
        return tableHead(text, Element.ALIGN_LEFT);
    }

    PdfPCell tableHead(String text, int alignment) {
        PdfPCell cell = Cells.head(new Phrase(text, tableHead));
        cell.setHorizontalAlignment(alignment);
        return cell;
    }

    /** A tinted box with a thick coloured bar on its left: the seal and verification notices. */
    PdfPCell notice(Color bar, Color fill) {
        return Cells.notice(bar, fill);
    }
}
