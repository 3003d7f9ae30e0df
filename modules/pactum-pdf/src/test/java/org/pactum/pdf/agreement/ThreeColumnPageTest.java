package org.pactum.pdf.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactum.pdf.PdfToPng;

/**
 * The three-column agreement as poppler paints it, judged by its pixels the way a reader's eye judges a page: the text
 * stays inside its column and the margins, and no justified line opens a gap that reads as a column break. Letter
 * spacing is ruled out by {@link AgreementTypographyTest}; this test sees what it cannot, e.g. a word run into the next
 * column or a line stretched over two words.
 */
class ThreeColumnPageTest {

    /** Two pixels per point: a normal word space of a 10 pt serif is 5 pixels wide. */
    private static final int SCALE = 2;
    /** Ink: text is black; the column rules, the watermark and the page's greys are all lighter than this. */
    private static final int INK = 140;
    /** Anything drawn at all, the light column rules included. */
    private static final int DRAWN = 235;
    /** Between the running header and the footer, in points from the top: where the columns are. */
    private static final int BODY_TOP = 72;
    private static final int BODY_BOTTOM = 842 - 60;
    private static final int SIDE_MARGIN = 56;
    /**
     * The widest gap a justified, hyphenated line may open between two words, in points. OpenPDF breaks lines one at a
     * time, so the odd loose line remains: 23 pt in this sample, where "сельскохозяйственной" fills a line and the next
     * word cannot be broken into its end. Unhyphenated Russian in these columns opens gaps of 64 pt (the third column here).
     */
    private static final int WIDEST_WORD_GAP = 24;

    private static final List<BufferedImage> PAGES = new ArrayList<>();

    @BeforeAll
    static void paint() throws IOException {
        Path pdf = Path.of("target", "agreements", "omsk-pavlodar-3-columns-painted.pdf");
        Files.createDirectories(pdf.getParent());
        Files.write(pdf, AgreementPdf.render(AgreementTypographyTest.threeColumns()).pdf());
        PAGES.add(PdfToPng.page(pdf, 1, SCALE));
        PAGES.add(PdfToPng.page(pdf, 2, SCALE));
    }

    @Test
    void draws_two_rules_between_three_columns_of_equal_width() {
        for (BufferedImage page : PAGES) {
            List<Integer> rules = rules(page);
            assertEquals(2, rules.size(), "column rules at x = " + rules);
            int width = 595 - 2 * SIDE_MARGIN;
            assertEquals(SIDE_MARGIN + width / 3.0, rules.get(0) / (double) SCALE, 2);
            assertEquals(SIDE_MARGIN + 2 * width / 3.0, rules.get(1) / (double) SCALE, 2);
        }
    }

    @Test
    void keeps_every_letter_inside_its_column_and_the_margins() {
        for (int number = 0; number < PAGES.size(); number++) {
            BufferedImage page = PAGES.get(number);
            for (int rule : rules(page)) {
                int ink = inkBetween(page, rule - 6 * SCALE, rule - SCALE, BODY_TOP * SCALE, BODY_BOTTOM * SCALE)
                        + inkBetween(page, rule + 2 * SCALE, rule + 6 * SCALE, BODY_TOP * SCALE, BODY_BOTTOM * SCALE);
                assertEquals(0, ink, "ink in the gutter beside the rule at x = " + rule / SCALE + " pt on page " + (number + 1));
            }
            int margins = inkBetween(page, 0, (SIDE_MARGIN - 2) * SCALE, BODY_TOP * SCALE, BODY_BOTTOM * SCALE)
                    + inkBetween(page, (595 - SIDE_MARGIN + 2) * SCALE, page.getWidth() - 1, BODY_TOP * SCALE, BODY_BOTTOM * SCALE);
            assertEquals(0, margins, "ink in the side margins on page " + (number + 1));
        }
    }

    @Test
    void opens_no_gap_between_words_that_reads_as_a_column_break() {
        for (int number = 0; number < PAGES.size(); number++) {
            BufferedImage page = PAGES.get(number);
            List<Integer> rules = rules(page);
            int[] edges = {SIDE_MARGIN * SCALE, rules.get(0), rules.get(1), (595 - SIDE_MARGIN) * SCALE};
            int lines = 0;
            int widest = 0;
            String where = "";
            // The third column is the Russian text set by the English patterns (see AgreementTypographyTest): they find
            // no breaks in Russian words, so its gaps say nothing about a real English column.
            for (int column = 0; column < 2; column++) {
                int from = edges[column] + 2 * SCALE;
                int to = edges[column + 1] - 2 * SCALE;
                for (int[] line : lines(page, from, to)) {
                    lines++;
                    int gap = widestInnerGap(page, from, to, line[0], line[1]);
                    if (gap > widest) {
                        widest = gap;
                        where = "column " + (column + 1) + ", line at y = " + line[0] / SCALE + " pt";
                    }
                }
            }
            assertTrue(widest <= WIDEST_WORD_GAP * SCALE,
                    "a gap of " + widest / SCALE + " pt on page " + (number + 1) + ", " + where);
            assertTrue(lines > 60, "only " + lines + " lines of text found on page " + (number + 1));
        }
    }

    /** The x of each vertical rule: a pixel column drawn over most of the body's height. */
    private static List<Integer> rules(BufferedImage page) {
        List<Integer> rules = new ArrayList<>();
        int height = (BODY_BOTTOM - BODY_TOP) * SCALE;
        for (int x = SIDE_MARGIN * SCALE; x < (595 - SIDE_MARGIN) * SCALE; x++) {
            int drawn = 0;
            for (int y = BODY_TOP * SCALE; y < BODY_BOTTOM * SCALE; y++) {
                if (grey(page, x, y) < DRAWN) {
                    drawn++;
                }
            }
            if (drawn > height * 0.8 && (rules.isEmpty() || x - rules.getLast() > SCALE)) {
                rules.add(x);
            }
        }
        return rules;
    }

    /**
     * The text lines between {@code from} and {@code to}: runs of pixel rows with ink, as [first row, last row]. A run
     * lower than a letter (the breve of "й", the dots of "ё", painted a pixel row apart from their letters) belongs to
     * the line below it.
     */
    private static List<int[]> lines(BufferedImage page, int from, int to) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int y = BODY_TOP * SCALE; y < BODY_BOTTOM * SCALE; y++) {
            boolean ink = inkBetween(page, from, to, y, y + 1) > 0;
            if (ink && start < 0) {
                start = y;
            } else if (!ink && start >= 0) {
                runs.add(new int[] {start, y - 1});
                start = -1;
            }
        }
        List<int[]> lines = new ArrayList<>();
        int[] accent = null;
        for (int[] run : runs) {
            if (accent != null && run[0] - accent[1] <= 2 * SCALE) {
                run = new int[] {accent[0], run[1]};
            }
            accent = run[1] - run[0] < 3 * SCALE ? run : null;
            if (accent == null) {
                lines.add(run);
            }
        }
        return lines;
    }

    /** The widest run of pixel columns without ink between the first and the last ink of a line. */
    private static int widestInnerGap(BufferedImage page, int from, int to, int top, int bottom) {
        int widest = 0;
        int lastInk = -1;
        for (int x = from; x < to; x++) {
            boolean ink = false;
            for (int y = top; y <= bottom && !ink; y++) {
                ink = grey(page, x, y) < INK;
            }
            if (ink) {
                if (lastInk >= 0) {
                    widest = Math.max(widest, x - lastInk - 1);
                }
                lastInk = x;
            }
        }
        return widest;
    }

    /** Pixels with ink in the rectangle; {@code top} and {@code bottom} in pixels, bottom exclusive. */
    private static int inkBetween(BufferedImage page, int left, int right, int top, int bottom) {
        int ink = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = left; x <= right; x++) {
                if (grey(page, x, y) < INK) {
                    ink++;
                }
            }
        }
        return ink;
    }

    private static int grey(BufferedImage page, int x, int y) {
        return page.getRaster().getSample(x, y, 0);
    }
}
