package org.pactum.pdf.layout;

import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;

import org.openpdf.text.pdf.BaseFont;

/**
 * Liberation Sans, Serif and Mono from the openpdf-fonts-extra jar. The PDF standard fonts have no Cyrillic, let alone
 * ӘҒҚҢӨҰҮҺІ, and a server's installed fonts differ from machine to machine, so every PDF embeds these (as subsets of
 * the glyphs it uses, via Identity-H). They are parsed once: parsing takes longer than rendering a certificate, and a
 * BaseFont only describes the font — each PdfWriter keeps its own record of the glyphs it used.
 */
public final class EmbeddedFonts {

    public static final BaseFont SANS = load("liberation/LiberationSans-Regular.ttf");
    public static final BaseFont SANS_BOLD = load("liberation/LiberationSans-Bold.ttf");
    public static final BaseFont SANS_ITALIC = load("liberation/LiberationSans-Italic.ttf");
    public static final BaseFont MONO = load("liberation/LiberationMono-Regular.ttf");
    public static final BaseFont SERIF = load("liberation/LiberationSerif-Regular.ttf");
    public static final BaseFont SERIF_BOLD = load("liberation/LiberationSerif-Bold.ttf");

    /**
     * Liberation Sans for what a later revision adds to a document (the signature stamp), with random subset tags: each
     * revision embeds a subset of its own, and different subsets in one file must have different tags (ISO 32000-1,
     * 9.6.4), which the fixed tags of the fonts above would not give.
     */
    public static final BaseFont ADDED_SANS = load("liberation/LiberationSans-Regular.ttf", new SecureRandom());
    public static final BaseFont ADDED_SANS_BOLD = load("liberation/LiberationSans-Bold.ttf", new SecureRandom());

    private EmbeddedFonts() {
    }

    private static BaseFont load(String resource) {
        return load(resource, new SubsetTag(resource));
    }

    private static BaseFont load(String resource, SecureRandom subsetTags) {
        try (InputStream in = EmbeddedFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is not on the class path: add com.github.librepdf:openpdf-fonts-extra");
            }
            BaseFont font = BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
            font.setSubset(true);
            font.setSecureRandom(subsetTags);
            // OpenPDF's CIDSet lists only the glyphs used, but PDF/A-2 wants every glyph of the embedded subset listed if a
            // CIDSet is there at all (ISO 19005-2, 6.2.11.4.2); it is optional in PDF/A-2, so leave it out (veraPDF checks).
            font.setIncludeCidSet(false);
            return font;
        } catch (IOException e) {
            throw new IllegalStateException("font " + resource + " cannot be read", e);
        }
    }
}
