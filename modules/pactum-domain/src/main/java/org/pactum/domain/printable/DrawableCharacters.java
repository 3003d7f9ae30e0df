package org.pactum.domain.printable;

/**
 * Which characters the PDFs can draw. The domain does not know the fonts: the module that draws PDFs provides this as a
 * service ({@code META-INF/services}), and {@link #installed()} finds it.
 */
public interface DrawableCharacters {

    /** Every character counts as drawable: what is left when no module that draws PDFs is present (domain tests). */
    DrawableCharacters ANY = codePoint -> true;

    /** Whether every font a text may be printed in has a glyph for the code point. */
    boolean draws(int codePoint);

    /** The provided coverage, or {@link #ANY} when no module provides one. */
    static DrawableCharacters installed() {
        return InstalledCoverage.COVERAGE;
    }
}
