package org.pactum.pdf.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.pactum.domain.error.Rule;
import org.pactum.domain.printable.DrawableCharacters;
import org.pactum.domain.printable.PrintableText;
import org.pactum.domain.printable.TextShape;
import org.pactum.pdf.PdfToText;

class FontCoverageTest {

    private static final String KAZAKH = "ӘҒҚҢӨҰҮҺІ әғқңөұүһі";
    private final FontCoverage coverage = new FontCoverage();

    @Test
    void is_what_the_domain_finds_installed_when_the_pdf_module_is_present() {
        assertInstanceOf(FontCoverage.class, DrawableCharacters.installed());
    }

    @Test
    void draws_russian_kazakh_and_english_letters_and_the_usual_punctuation() {
        String text = "Соглашение «О сотрудничестве» № 5 — " + KAZAKH + " Agreement, 1–2 §3 …";
        text.codePoints().forEach(c -> assertTrue(coverage.draws(c), () -> Character.getName(c)));
        assertTrue(PrintableText.firstRefused(text, TextShape.LINE).isEmpty());
    }

    @Test
    void refuses_an_emoji_the_tenge_sign_chinese_and_right_to_left_letters() {
        for (int c : new int[] {0x1F600, 0x20B8, 0x4E2D, 0x05D0, 0x0627}) {
            assertFalse(coverage.draws(c), Character.getName(c));
        }
        var refused = PrintableText.firstRefused("Соглашение 😀", TextShape.LINE).orElseThrow();
        assertEquals(Rule.UNPRINTABLE_CHARACTER, refused.rule());
        assertEquals("U+1F600 GRINNING FACE", refused.describe());
    }

    /**
     * Prints every letter of the Latin-1, Cyrillic and Cyrillic Supplement blocks and a few outside them in each text
     * font, and reads the PDF back with pdftotext: what the coverage accepts is there, what it refuses has vanished.
     */
    @Test
    void agrees_with_what_the_fonts_actually_print() throws IOException {
        List<Integer> letters = new ArrayList<>();
        for (int c = 0x00C0; c <= 0x052F; c++) {
            if (Character.isLetter(c) && Character.getDirectionality(c) == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                letters.add(c);
            }
        }
        letters.addAll(List.of(0x1F600, 0x20B8, 0x4E2D));
        for (var font : List.of(EmbeddedFonts.SERIF, EmbeddedFonts.SANS_BOLD)) {
            String printed = printed(letters, new Font(font, 10));
            int drawn = 0;
            for (int c : letters) {
                String letter = Character.toString(c);
                boolean draws = coverage.draws(c);
                drawn += draws ? 1 : 0;
                assertEquals(draws, printed.contains(" " + letter + " "),
                        () -> String.format("U+%04X %s: the coverage says %s", c, Character.getName(c), draws));
            }
            assertTrue(drawn > 300, "most of those letters print: " + drawn);
        }
    }

    private static String printed(List<Integer> letters, Font font) throws IOException {
        StringBuilder line = new StringBuilder(" ");
        letters.forEach(c -> line.appendCodePoint(c).append(' '));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(line.toString(), font));
        document.close();
        Path file = Files.createTempFile("coverage", ".pdf");
        try {
            Files.write(file, out.toByteArray());
            return " " + PdfToText.of(file, "-raw").replaceAll("\\s+", " ") + " ";
        } finally {
            Files.delete(file);
        }
    }
}
