package org.pactum.pdf.layout;

import java.util.List;

import org.openpdf.text.pdf.BaseFont;
import org.pactum.domain.printable.DrawableCharacters;

/**
 * The characters Pactum's PDFs can print people's texts in: those every text font (Liberation Sans regular, bold and
 * italic, Serif regular and bold) has a glyph for, read from the fonts' own character maps, so the rule can never
 * drift from the fonts. OpenPDF silently leaves out a character its font lacks (an emoji, the tenge sign ₸), so such a
 * character is refused at input. Right-to-left letters are refused too, although Liberation has Hebrew: the PDFs lay
 * text out left to right, so such a word would print reversed. Mono prints only hashes and codes, never typed text.
 * Provided to the domain as a service ({@code META-INF/services}).
 */
public final class FontCoverage implements DrawableCharacters {

    private static final List<BaseFont> TEXT_FONTS = List.of(EmbeddedFonts.SANS, EmbeddedFonts.SANS_BOLD,
            EmbeddedFonts.SANS_ITALIC, EmbeddedFonts.SERIF, EmbeddedFonts.SERIF_BOLD);

    @Override
    public boolean draws(int codePoint) {
        if (isRightToLeft(codePoint)) {
            return false;
        }
        for (BaseFont font : TEXT_FONTS) {
            if (!font.charExists(codePoint)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRightToLeft(int codePoint) {
        byte direction = Character.getDirectionality(codePoint);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }
}
