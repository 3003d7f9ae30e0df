package org.pactum.pdf.agreement;

import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.HyphenationEvent;
import org.openpdf.text.pdf.hyphenation.Hyphenation;
import org.openpdf.text.pdf.hyphenation.HyphenationTree;

/**
 * Breaks a word at the end of a line where a language's hyphenation patterns allow it, as far right as the line has
 * room for. OpenPDF asks for the part before the break and then for the rest, so one instance serves one paragraph
 * and is never shared between threads; the patterns are.
 */
final class WordBreaks implements HyphenationEvent {

    private static final String HYPHEN = "-";
    /** At least two letters stay on the line and two go to the next, as Russian typesetting rules ask. */
    private static final int LETTERS_LEFT = 2;
    private static final int LETTERS_CARRIED = 2;

    private final HyphenationTree patterns;
    private String rest = "";

    WordBreaks(HyphenationTree patterns) {
        this.patterns = patterns;
    }

    @Override
    public String getHyphenSymbol() {
        return HYPHEN;
    }

    @Override
    public String getHyphenatedWordPre(String word, BaseFont font, float fontSize, float remainingWidth) {
        rest = word;
        float hyphen = font.getWidthPoint(HYPHEN, fontSize);
        if (hyphen > remainingWidth) {
            return "";
        }
        Hyphenation breaks = patterns.hyphenate(word, LETTERS_LEFT, LETTERS_CARRIED);
        if (breaks == null) {
            return "";
        }
        for (int k = breaks.length() - 1; k >= 0; k--) {
            String before = breaks.getPreHyphenText(k);
            if (font.getWidthPoint(before, fontSize) + hyphen <= remainingWidth) {
                rest = breaks.getPostHyphenText(k);
                return before + HYPHEN;
            }
        }
        return "";
    }

    @Override
    public String getHyphenatedWordPost() {
        return rest;
    }
}
