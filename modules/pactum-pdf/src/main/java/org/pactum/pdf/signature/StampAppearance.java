package org.pactum.pdf.signature;

import java.awt.Color;

import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.pactum.pdf.layout.EmbeddedFonts;
import org.pactum.pdf.layout.Palette;

/**
 * Draws the stamp into a signature field's appearance, as the familiar paper-like mark: a white box framed in the
 * accent colour, the mark in each language in capitals at the top, a rule, then the certificate's lines. The text takes
 * the largest size at which all of it fits the box, and the block sits in the middle of the box's height.
 */
final class StampAppearance {

    private static final Color INK = Palette.ACCENT;
    private static final float FRAME = 0.9f;
    private static final float RADIUS = 2.5f;
    private static final float PADDING = 3;
    private static final float LARGEST = 8;
    private static final float SMALLEST = 2.5f;
    private static final float LEADING = 1.18f;
    private static final int QUIET_ZONE = 2;

    private final StampWords words;
    private final SignatureStamp stamp;

    StampAppearance(SignatureStamp stamp) {
        this.stamp = stamp;
        this.words = new StampWords(stamp.languages());
    }

    void drawOn(PdfTemplate canvas, float width, float height) {
        canvas.saveState();
        // White to the edges first: the page's dashed box beneath must not show in the rounded corners.
        canvas.setColorFill(Color.WHITE);
        canvas.rectangle(0, 0, width, height);
        canvas.fill();
        canvas.setColorStroke(INK);
        canvas.setLineWidth(FRAME);
        canvas.roundRectangle(FRAME / 2, FRAME / 2, width - FRAME, height - FRAME, RADIUS);
        canvas.stroke();
        canvas.restoreState();

        float left = FRAME + PADDING;
        float right = width - FRAME - PADDING;
        float top = height - FRAME - PADDING / 2;
        float bottom = FRAME + PADDING / 2;
        if (stamp.code() != null) {
            right -= drawCode(canvas, stamp.code(), right, height) + PADDING;
        }
        float size = largestFitting(left, right, top, bottom);
        float used = layOut(null, size, left, right, top, bottom);
        // Text too long even at the smallest size is cut at the bottom rather than shifted.
        float lower = used < 0 ? 0 : (top - bottom - used) / 2;
        layOut(canvas, size, left, right, top - Math.max(0, lower), bottom);
    }

    /**
     * Draws the code as filled squares (vector, so it stays sharp when printed) at the right edge, as tall as the box
     * allows but never more than a third of its width, in black on the white ground a phone camera reads best; a
     * quiet zone of {@value #QUIET_ZONE} modules (the standard asks four; the white box around adds the rest) keeps
     * the frame off it.
     *
     * @return the width it takes
     */
    private static float drawCode(PdfContentByte canvas, VerificationCode code, float right, float height) {
        float side = Math.min(height - 2 * (FRAME + PADDING), (right + FRAME + PADDING) / 3);
        int modules = code.size() + 2 * QUIET_ZONE;
        float module = side / modules;
        float x0 = right - side + QUIET_ZONE * module;
        float y0 = (height - side) / 2 + side - QUIET_ZONE * module;
        canvas.saveState();
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < code.size(); row++) {
            int column = 0;
            while (column < code.size()) {
                if (!code.isDark(row, column)) {
                    column++;
                    continue;
                }
                // A run of dark modules as one rectangle: fewer operators, and no hairline seams between them.
                int start = column;
                while (column < code.size() && code.isDark(row, column)) {
                    column++;
                }
                canvas.rectangle(x0 + start * module, y0 - (row + 1) * module, (column - start) * module, module);
            }
        }
        canvas.fill();
        canvas.restoreState();
        return side;
    }

    /** Halves the interval between the smallest and largest size until the step is too small to see. */
    private float largestFitting(float left, float right, float top, float bottom) {
        float fits = SMALLEST;
        float fitsNot = LARGEST + 0.01f;
        while (fitsNot - fits > 0.05f) {
            float size = (fits + fitsNot) / 2;
            if (layOut(null, size, left, right, top, bottom) >= 0) {
                fits = size;
            } else {
                fitsNot = size;
            }
        }
        return fits;
    }

    /**
     * Lays the text out at {@code size} from {@code top} down, drawing it when {@code canvas} is not null.
     *
     * @return the height it takes, or -1 when it does not fit above {@code bottom}
     */
    private float layOut(PdfContentByte canvas, float size, float left, float right, float top, float bottom) {
        Font mark = new Font(EmbeddedFonts.ADDED_SANS_BOLD, size, Font.NORMAL, INK);
        Font label = new Font(EmbeddedFonts.ADDED_SANS, size * 0.92f, Font.NORMAL, INK);
        Font value = new Font(EmbeddedFonts.ADDED_SANS_BOLD, size * 0.92f, Font.NORMAL, INK);

        ColumnText marks = column(canvas, left, right, top, bottom);
        for (String text : words.marks()) {
            Paragraph paragraph = new Paragraph(size * LEADING, balanced(text, mark, right - left), mark);
            paragraph.setAlignment(Element.ALIGN_CENTER);
            marks.addElement(paragraph);
        }
        if (!fitted(marks, canvas)) {
            return -1;
        }
        float rule = marks.getYLine() - size * 0.35f;
        if (canvas != null) {
            canvas.saveState();
            canvas.setColorStroke(INK);
            canvas.setLineWidth(0.4f);
            canvas.moveTo(left, rule);
            canvas.lineTo(right, rule);
            canvas.stroke();
            canvas.restoreState();
        }

        ColumnText lines = column(canvas, left, right, rule - size * 0.3f, bottom);
        for (StampWords.Line line : words.lines(stamp)) {
            Paragraph paragraph = new Paragraph(size * LEADING * 0.92f, line.label() + ": ", label);
            paragraph.add(new Phrase(line.value(), value));
            lines.addElement(paragraph);
        }
        if (!fitted(lines, canvas)) {
            return -1;
        }
        return top - lines.getYLine() + size * 0.25f;
    }

    /**
     * The mark on one line if it fits, else broken at the space that makes its two lines most nearly equal, as the
     * paper stamp has it ("ДОКУМЕНТ ПОДПИСАН / ЭЛЕКТРОННОЙ ПОДПИСЬЮ") — not with one word left over on the second line.
     */
    private static String balanced(String text, Font font, float width) {
        BaseFont face = font.getBaseFont();
        if (face.getWidthPoint(text, font.getSize()) <= width) {
            return text;
        }
        String best = text;
        float narrowest = Float.MAX_VALUE;
        for (int space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', space + 1)) {
            float wider = Math.max(face.getWidthPoint(text.substring(0, space), font.getSize()),
                    face.getWidthPoint(text.substring(space + 1), font.getSize()));
            if (wider < narrowest) {
                narrowest = wider;
                best = text.substring(0, space) + "\n" + text.substring(space + 1);
            }
        }
        return best;
    }

    private static ColumnText column(PdfContentByte canvas, float left, float right, float top, float bottom) {
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(left, bottom, right, top);
        column.setUseAscender(true);
        return column;
    }

    private static boolean fitted(ColumnText column, PdfContentByte canvas) {
        try {
            return (column.go(canvas == null) & ColumnText.NO_MORE_TEXT) != 0;
        } catch (org.openpdf.text.DocumentException e) {
            throw new IllegalStateException("The stamp cannot be laid out", e);
        }
    }
}
