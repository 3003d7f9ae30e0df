package org.pactum.pdf.agreement;

import java.util.EnumMap;
import java.util.Map;

import org.openpdf.text.pdf.HyphenationAuto;
import org.openpdf.text.pdf.HyphenationEvent;
import org.openpdf.text.pdf.hyphenation.Hyphenator;
import org.pactum.domain.language.Language;

/**
 * How a language's column is set: justified by word spacing with hyphenation where OpenPDF finds hyphenation patterns
 * for the language on the class path, ragged-right where it does not. Justifying a narrow column without hyphenation
 * opens gaps so wide that readers (and text extraction) take one line for several columns.
 *
 * @param hyphenation the language's hyphenation, or {@code null} for a ragged-right column
 */
record ColumnSetting(HyphenationEvent hyphenation) {

    /** At least two letters stay on a line and two go to the next, as Russian and Kazakh typesetting rules ask. */
    private static final int LETTERS_LEFT = 2;
    private static final int LETTERS_CARRIED = 2;

    private static final Map<Language, ColumnSetting> SETTINGS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            boolean patterns = Hyphenator.getHyphenationTree(language.code(), null) != null;
            SETTINGS.put(language, new ColumnSetting(
                    patterns ? new HyphenationAuto(language.code(), null, LETTERS_LEFT, LETTERS_CARRIED) : null));
        }
    }

    static ColumnSetting of(Language language) {
        return SETTINGS.get(language);
    }

    boolean justified() {
        return hyphenation != null;
    }
}
