package org.pactum.pdf.agreement;

import java.awt.Color;

import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.draw.VerticalPositionMark;
import org.pactum.domain.language.Language;
import org.pactum.pdf.layout.EmbeddedFonts;
import org.pactum.pdf.layout.Palette;

/**
 * How an agreement looks: a serif face for the legal text, as printed treaties use, black on white; the sans face
 * and muted colours of Pactum's {@link Palette} only for what Pactum adds around it — running
 * header, column heads, captions.
 */
final class AgreementStyle {

    static final float TEXT_SIZE = 10;

    final Font kind = new Font(EmbeddedFonts.SERIF_BOLD, 13, Font.NORMAL, Color.BLACK);
    final Font title = new Font(EmbeddedFonts.SERIF_BOLD, 11.5f, Font.NORMAL, Color.BLACK);
    final Font article = new Font(EmbeddedFonts.SERIF_BOLD, TEXT_SIZE, Font.NORMAL, Color.BLACK);
    final Font text = new Font(EmbeddedFonts.SERIF, TEXT_SIZE, Font.NORMAL, Color.BLACK);
    final Font textBold = new Font(EmbeddedFonts.SERIF_BOLD, TEXT_SIZE, Font.NORMAL, Color.BLACK);
    final Font columnHead = new Font(EmbeddedFonts.SANS_BOLD, 7.5f, Font.NORMAL, Palette.MUTED);
    final Font caption = new Font(EmbeddedFonts.SANS, 6.5f, Font.NORMAL, Palette.MUTED);

    Paragraph centered(String content, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(content, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setLeading(0, 1.2f);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    /**
     * A paragraph of legal text, first line indented, as in a printed agreement: justified by word spacing and
     * hyphenated where the language has hyphenation patterns, ragged-right where it has none ({@link ColumnSetting}).
     * A justified paragraph's last line ends in glue that takes the line's free width: OpenPDF would otherwise set that
     * line with the word spacing of the line above (or stretch it to the full width when that does not fit).
     */
    Paragraph body(String content, Language language) {
        ColumnSetting setting = ColumnSetting.of(language);
        Paragraph paragraph = new Paragraph();
        paragraph.setFont(text);
        Chunk words = new Chunk(content, text);
        if (setting.justified()) {
            setting.hyphenation().ifPresent(words::setHyphenation);
            Chunk glue = new Chunk(new VerticalPositionMark());
            glue.setFont(text);
            paragraph.add(words);
            paragraph.add(glue);
            paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        } else {
            paragraph.add(words);
            paragraph.setAlignment(Element.ALIGN_LEFT);
        }
        paragraph.setFirstLineIndent(14);
        paragraph.setLeading(0, 1.25f);
        paragraph.setSpacingAfter(3);
        return paragraph;
    }

    Paragraph left(String content, Font font) {
        Paragraph paragraph = new Paragraph(content, font);
        paragraph.setLeading(0, 1.2f);
        return paragraph;
    }

    /** A column's cell: no frame, a thin rule between columns, room so texts never touch across it. */
    PdfPCell column(boolean first, boolean last) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(last ? Rectangle.NO_BORDER : Rectangle.RIGHT);
        cell.setBorderColor(Palette.RULE);
        cell.setBorderWidth(0.5f);
        cell.setPaddingLeft(first ? 0 : 9);
        cell.setPaddingRight(last ? 0 : 9);
        cell.setPaddingTop(4);
        cell.setPaddingBottom(6);
        cell.setUseAscender(true);
        return cell;
    }
}
