package org.pactum.pdf.agreement;

import java.awt.Color;
import java.util.List;
import java.util.stream.Collectors;

import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;
import org.pactum.domain.language.Language;
import org.pactum.pdf.layout.EmbeddedFonts;
import org.pactum.pdf.layout.PageFrame;
import org.pactum.pdf.layout.Palette;

/**
 * What every page of an agreement carries besides the text: a header line per language with the agreement's number,
 * version and "page X of Y", the content hash in the footer, and for a draft the word "draft" in each language across
 * the page. Unlike the certificate's frame it names no generator and no time: the agreement's pages must read the
 * same whenever they are rendered.
 */
final class AgreementFrame extends PageFrame {

    static final float HEADER_SIZE = 7.5f;
    private static final float LINE = 10;
    private static final Color WATERMARK = new Color(0xD9, 0xDD, 0xE3);

    private final AgreementDocument agreement;
    private final Font header;
    private final Font footer = new Font(EmbeddedFonts.SANS, 6.5f, Font.NORMAL, Palette.MUTED);
    private final Font hash = new Font(EmbeddedFonts.MONO, 6.5f, Font.NORMAL, Palette.MUTED);

    AgreementFrame(AgreementDocument agreement) {
        this(agreement, new Font(EmbeddedFonts.SANS, HEADER_SIZE, Font.NORMAL, Palette.MUTED));
    }

    private AgreementFrame(AgreementDocument agreement, Font header) {
        super(header, "000");
        this.agreement = agreement;
        this.header = header;
    }

    /** The height of the header block: one line per language. */
    static float headerHeight(int languages) {
        return languages * LINE;
    }

    @Override
    protected void drawPage(PdfWriter writer, PdfContentByte canvas, Rectangle page, float left, float right, int pageNumber) {
        float y = page.getTop() - 30;
        for (Language language : agreement.languages()) {
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase(AgreementWords.reference(language, agreement.kind(), agreement.number(), agreement.version()), header), left, y, 0);
            pageOf(canvas, AgreementWords.pageOf(language, pageNumber), pageNumber, right, y);
            y -= LINE;
        }
        rule(canvas, left, right, y + LINE - 5, Palette.RULE, 0.5f);

        float footerY = page.getBottom() + 28;
        rule(canvas, left, right, footerY + 10, Palette.RULE, 0.5f);
        Phrase content = new Phrase(agreement.languages().stream().map(AgreementWords::contentHash)
                .collect(Collectors.joining(" / ")) + " (SHA-256): ", footer);
        content.add(new Phrase(agreement.contentHash(), hash));
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, content, left, footerY, 0);

        if (agreement.draft()) {
            watermark(writer.getDirectContentUnder(), page, agreement.languages());
        }
    }

    /**
     * Under the text and opaque, in a light grey: PDF/A allows it without transparency, and the text on top stays
     * readable and extractable.
     */
    private static void watermark(PdfContentByte under, Rectangle page, List<Language> languages) {
        String words = languages.stream().map(AgreementWords::draft).collect(Collectors.joining(" / "));
        BaseFont font = EmbeddedFonts.SANS_BOLD;
        double diagonal = Math.hypot(page.getWidth(), page.getHeight());
        float size = (float) Math.min(110, 0.75 * diagonal / (font.getWidthPoint(words, 1)));
        float angle = (float) Math.toDegrees(Math.atan2(page.getHeight(), page.getWidth()));
        under.saveState();
        ColumnText.showTextAligned(under, Element.ALIGN_CENTER, new Phrase(words, new Font(font, size, Font.NORMAL, WATERMARK)),
                page.getWidth() / 2, page.getHeight() / 2 - size / 3, angle);
        under.restoreState();
    }
}
