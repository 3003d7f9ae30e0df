package org.pactum.pdf.agreement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.Clause;
import org.pactum.pdf.PdfToText;

class AgreementPdfTest {

    /** Rendered agreements stay here after the build, for a look at what users get. */
    private static final Path OUTPUT = Path.of("target", "agreements");
    private static final Pattern SUBSET_NAME = Pattern.compile("/?[A-Z]{6}\\+.+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;:])\\s+");
    /** A4 in points; pdftotext's default resolution of 72 dpi makes its pixels points. */
    private static final int WIDTH = 595;
    private static final int HEIGHT = 842;
    /** Below the running header and above the footer: the crop holds the columns only. */
    private static final int BODY_TOP = 62;
    private static final int BODY_HEIGHT = HEIGHT - BODY_TOP - 62;

    private static AgreementDocument draft;
    private static RenderedAgreement rendered;
    private static Path file;

    @BeforeAll
    static void render() throws IOException {
        draft = SampleAgreements.omskPavlodar(true);
        rendered = AgreementPdf.render(draft);
        file = write(rendered.pdf(), "omsk-pavlodar-draft.pdf");
    }

    @Test
    void sets_the_russian_text_in_the_left_column_and_the_kazakh_in_the_right_in_reading_order() {
        String left = withoutColumnHeads(PdfToText.of(file, "-nodiag", "-x", "0", "-y", "" + BODY_TOP, "-W", "" + WIDTH / 2, "-H", "" + BODY_HEIGHT));
        String right = withoutColumnHeads(PdfToText.of(file, "-nodiag", "-x", "" + WIDTH / 2, "-y", "" + BODY_TOP, "-W", "" + WIDTH / 2, "-H", "" + BODY_HEIGHT));

        assertInOrder(left, sentences(draft, Language.RU), "left column");
        assertInOrder(right, sentences(draft, Language.KK), "right column");
        assertFalse(left.contains("Тараптар"), "no Kazakh in the Russian column");
        assertFalse(right.contains("Стороны"), "no Russian in the Kazakh column");
    }

    @Test
    void keeps_every_sentence_whole_in_each_half_of_the_layout_text() {
        // Over the whole document, plain mode reads page by page, so a sentence running on to the next page is cut by
        // the other column; the column crops above are the plain-mode check, this is the -layout one.
        String[] halves = splitColumns(withoutRunningLines(PdfToText.of(file, "-layout", "-nodiag")));
        assertInOrder(withoutColumnHeads(halves[0]), sentences(draft, Language.RU), "left half of -layout");
        assertInOrder(withoutColumnHeads(halves[1]), sentences(draft, Language.KK), "right half of -layout");
    }

    @Test
    void uses_every_kazakh_letter_and_prints_each_one() {
        String text = PdfToText.of(file);
        String kazakh = String.join(" ", sentences(draft, Language.KK));
        for (char letter : "ӘҒҚҢӨҰҮҺІәғқңөұүһі".toCharArray()) {
            assertTrue(kazakh.indexOf(letter) >= 0, "the sample uses " + letter);
            assertTrue(text.indexOf(letter) >= 0, "the PDF shows " + letter);
        }
    }

    @Test
    void numbers_three_pages_out_of_three_in_both_languages() throws IOException {
        assertEquals(3, pages(rendered.pdf()));
        String text = PdfToText.of(file, "-layout");
        for (int page = 1; page <= 3; page++) {
            assertTrue(text.contains("Страница " + page + " из 3"), "page " + page);
            assertTrue(text.contains(page + "-бет, барлығы 3"), "бет " + page);
        }
        assertTrue(text.contains("Соглашение № PA-2026-00017, редакция 3"));
        assertTrue(text.contains("№ PA-2026-00017 келісім, 3-редакция"));
        assertTrue(text.contains(SampleAgreements.CONTENT_HASH));
        assertTrue(text.contains("Статья 11") && text.contains("11-бап"));
    }

    @Test
    void marks_every_page_of_a_draft_and_no_page_of_the_final_text() throws IOException {
        Path finalFile = write(AgreementPdf.render(SampleAgreements.omskPavlodar(false)).pdf(), "omsk-pavlodar-final.pdf");
        for (int page = 1; page <= 3; page++) {
            // -raw keeps the order of the content stream, where the diagonal words are drawn in one go.
            String draftPage = PdfToText.of(file, "-raw", "-f", "" + page, "-l", "" + page).replaceAll("\\s+", "");
            String finalPage = PdfToText.of(finalFile, "-raw", "-f", "" + page, "-l", "" + page).replaceAll("\\s+", "");
            assertTrue(draftPage.contains("ПРОЕКТ/ЖОБА"), "draft page " + page);
            assertFalse(finalPage.contains("ПРОЕКТ") || finalPage.contains("ЖОБА"), "final page " + page);
        }
    }

    @Test
    void embeds_every_font_as_a_subset_with_serif_for_the_text() throws IOException {
        PdfReader reader = new PdfReader(rendered.pdf());
        try {
            List<String> fonts = new ArrayList<>();
            for (int i = 1; i < reader.getXrefSize(); i++) {
                if (!(reader.getPdfObject(i) instanceof PdfDictionary dictionary) || !PdfName.FONT.equals(dictionary.get(PdfName.TYPE))
                        || !PdfName.TYPE0.equals(dictionary.get(PdfName.SUBTYPE))) {
                    continue;
                }
                String name = String.valueOf(dictionary.get(PdfName.BASEFONT));
                fonts.add(name);
                assertTrue(SUBSET_NAME.matcher(name).matches(), name + " is a subset");
                PdfArray descendants = (PdfArray) PdfReader.getPdfObject(dictionary.get(PdfName.DESCENDANTFONTS));
                PdfDictionary descendant = (PdfDictionary) PdfReader.getPdfObject(descendants.getPdfObject(0));
                PdfDictionary descriptor = (PdfDictionary) PdfReader.getPdfObject(descendant.get(PdfName.FONTDESCRIPTOR));
                assertNotNull(descriptor.get(PdfName.FONTFILE2), name + " carries its TrueType program");
            }
            assertTrue(fonts.stream().anyMatch(name -> name.endsWith("+LiberationSerif")), "fonts: " + fonts);
            assertTrue(fonts.stream().anyMatch(name -> name.endsWith("+LiberationSerif-Bold")), "fonts: " + fonts);
            assertTrue(fonts.stream().anyMatch(name -> name.endsWith("+LiberationSans")), "fonts: " + fonts);
        } finally {
            reader.close();
        }
    }

    @Test
    void names_title_subject_author_language_and_the_fixed_dates_in_the_metadata() throws IOException {
        PdfReader reader = new PdfReader(rendered.pdf());
        try {
            assertTrue(reader.getInfo().get("Title").startsWith("между Правительством Омской области"));
            assertTrue(reader.getInfo().get("Title").endsWith("— PA-2026-00017"));
            assertEquals("Соглашение № PA-2026-00017, редакция 3", reader.getInfo().get("Subject"));
            assertEquals("Pactum", reader.getInfo().get("Author"));
            assertEquals("Pactum", reader.getInfo().get("Creator"));
            assertEquals("D:20261120091500Z", reader.getInfo().get("CreationDate"));
            assertEquals("D:20261120091500Z", reader.getInfo().get("ModDate"));
            assertEquals("ru", ((PdfString) reader.getCatalog().get(PdfName.LANG)).toUnicodeString());
        } finally {
            reader.close();
        }
    }

    /**
     * The PDF/A-2b markers with the values this agreement must carry (its title and dates in the XMP); that the file
     * keeps every PDF/A-2b rule is {@link PdfAConformanceTest}'s part, with veraPDF.
     */
    @Test
    void carries_what_pdf_a_2b_requires_in_its_catalog_and_trailer() throws IOException {
        PdfReader reader = new PdfReader(rendered.pdf());
        try {
            PdfDictionary catalog = reader.getCatalog();
            String xmp = new String(PdfReader.getStreamBytes((PRStream) PdfReader.getPdfObject(catalog.get(PdfName.METADATA))),
                    StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>"), xmp);
            assertTrue(xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"), xmp);
            assertTrue(xmp.contains("<xmp:CreateDate>2026-11-20T09:15:00Z</xmp:CreateDate>"), "XMP and Info dates agree: " + xmp);
            assertTrue(xmp.contains("<xmp:ModifyDate>2026-11-20T09:15:00Z</xmp:ModifyDate>"), xmp);
            assertTrue(xmp.contains(reader.getInfo().get("Title")), "XMP and Info titles agree");

            PdfArray intents = (PdfArray) PdfReader.getPdfObject(catalog.get(PdfName.OUTPUTINTENTS));
            PdfDictionary intent = (PdfDictionary) PdfReader.getPdfObject(intents.getPdfObject(0));
            assertEquals(PdfName.GTS_PDFA1, intent.get(PdfName.S));
            PRStream profile = (PRStream) PdfReader.getPdfObject(intent.get(PdfName.DESTOUTPUTPROFILE));
            assertEquals(3, profile.getAsNumber(PdfName.N).intValue(), "an RGB profile");
            byte[] icc = PdfReader.getStreamBytes(profile);
            assertEquals("acsp", new String(icc, 36, 4, StandardCharsets.US_ASCII), "an ICC profile");

            PdfArray id = reader.getTrailer().getAsArray(PdfName.ID);
            assertEquals(2, id.size());
            assertEquals(id.getPdfObject(0).toString(), id.getPdfObject(1).toString());
            assertEquals(null, reader.getTrailer().get(PdfName.ENCRYPT));
            assertEquals("%PDF-1.7", new String(rendered.pdf(), 0, 8, StandardCharsets.US_ASCII));
        } finally {
            reader.close();
        }
    }

    @Test
    void leaves_a_box_for_each_partys_stamp_on_the_last_page_inside_the_margins() {
        List<SignatureSlot> slots = rendered.slots();
        assertEquals(2, slots.size());
        for (SignatureSlot slot : slots) {
            assertEquals(3, slot.page());
            assertEquals(AgreementBody.SLOT_WIDTH, slot.width(), 0.01);
            assertEquals(AgreementBody.SLOT_HEIGHT, slot.height(), 0.01);
            assertTrue(slot.left() >= 56 && slot.right() <= WIDTH - 56, "within the side margins: " + slot);
            assertTrue(slot.bottom() >= 56 && slot.top() <= HEIGHT - 56, "within the page: " + slot);
        }
        assertTrue(slots.get(0).right() < slots.get(1).left(), "side by side, Omsk on the left");
        assertEquals(slots.get(0).bottom(), slots.get(1).bottom(), 0.01);
    }

    @Test
    void prints_markup_in_a_clause_literally() throws IOException {
        String markup = "<script>alert(1)</script> & <b>жирный</b>";
        Clause clause = new Clause("markup", LocalizedText.of("Разметка", "Белгілеу", null),
                LocalizedText.of("Текст " + markup + " остается текстом.", "Мәтін " + markup + " мәтін болып қалады.", null));
        byte[] pdf = AgreementPdf.render(SampleAgreements.omskPavlodar(false, List.of(Language.RU, Language.KK), List.of(clause))).pdf();

        String text = PdfToText.of(write(pdf, "omsk-pavlodar-markup.pdf")).replaceAll("\\s+", " ");
        assertTrue(text.contains("Текст <script>alert(1)</script> & <b>жирный</b> остается текстом."), text);
        assertTrue(text.contains("Мәтін <script>alert(1)</script> & <b>жирный</b> мәтін болып қалады."), text);
    }

    @Test
    void sets_a_single_language_in_one_full_width_column() throws IOException {
        AgreementDocument russian = SampleAgreements.omskPavlodar(false, List.of(Language.RU), List.of());
        Path single = write(AgreementPdf.render(russian).pdf(), "omsk-pavlodar-ru.pdf");
        String text = withoutRunningLines(PdfToText.of(single, "-nodiag"));

        assertInOrder(text, sentences(russian, Language.RU), "one column");
        assertFalse(text.contains("Тараптар") || text.contains("Текст на русском языке"), "no Kazakh, no column heads");
    }

    @Test
    void renders_the_same_bytes_every_time_and_the_same_text_whatever_the_date() throws IOException {
        byte[] again = AgreementPdf.render(SampleAgreements.omskPavlodar(true)).pdf();
        assertArrayEquals(rendered.pdf(), again, "byte-identical");
        assertEquals(PdfToText.of(file, "-layout"), PdfToText.of(write(again, "omsk-pavlodar-draft-again.pdf"), "-layout"));

        AgreementDocument later = withIssuedAt(draft, Instant.parse("2027-01-15T12:00:00Z"));
        byte[] laterPdf = AgreementPdf.render(later).pdf();
        assertFalse(java.util.Arrays.equals(rendered.pdf(), laterPdf), "the file's dates follow the input");
        assertEquals(PdfToText.of(file, "-layout"), PdfToText.of(write(laterPdf, "omsk-pavlodar-draft-later.pdf"), "-layout"),
                "the pages read the same");
    }

    @Test
    void refuses_a_document_with_a_text_missing_in_one_of_its_languages() {
        AgreementDocument complete = SampleAgreements.omskPavlodar(false);
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> new AgreementDocument(
                complete.number(), complete.version(), complete.contentHash(), complete.languages(), complete.kind(),
                complete.title(), complete.placeAndDate(), complete.preamble(), complete.text(),
                LocalizedText.of("Тексты равно аутентичны.", null, null), complete.parties(), false, complete.issuedAt()));
        assertTrue(missing.getMessage().contains("equallyAuthentic in kk"), missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SampleAgreements.omskPavlodar(false,
                List.of(Language.RU, Language.KK, Language.RU), List.of()));
    }

    // --- helpers

    /** Every sentence of the document's own text in one language, in reading order: title, preamble, articles, closing. */
    private static List<String> sentences(AgreementDocument document, Language language) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(document.title().in(language).orElseThrow());
        paragraphs.add(document.preamble().in(language).orElseThrow());
        for (Clause clause : document.clauses()) {
            clause.heading().in(language).ifPresent(paragraphs::add);
            paragraphs.addAll(clause.paragraphs(language));
        }
        document.equallyAuthentic().in(language).ifPresent(paragraphs::add);
        List<String> sentences = new ArrayList<>();
        for (String paragraph : paragraphs) {
            sentences.addAll(List.of(SENTENCE_END.split(paragraph)));
        }
        return sentences;
    }

    /**
     * The sentence with any run of white space matching any other (line breaks fall where the layout puts them), a
     * hyphenated line break allowed inside each word, and a line break allowed after each hyphen, which poppler's
     * plain mode may drop when it joins "торгово-" at a line's end to "экономическом" on the next.
     */
    private static Pattern pattern(String sentence) {
        StringBuilder regex = new StringBuilder();
        for (String word : sentence.strip().split("\\s+")) {
            if (!regex.isEmpty()) {
                regex.append("\\s+");
            }
            String[] parts = word.split("-", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    regex.append("-?\\s*");
                }
                regex.append(hyphenable(parts[i]));
            }
        }
        return Pattern.compile(regex.toString());
    }

    /** The word with a line break after a hyphen allowed between any two letters: columns are hyphenated. */
    private static String hyphenable(String word) {
        StringBuilder regex = new StringBuilder();
        word.codePoints().forEach(letter -> {
            if (!regex.isEmpty()) {
                regex.append("(?:-\\s+)?");
            }
            regex.append(Pattern.quote(Character.toString(letter)));
        });
        return regex.toString();
    }

    private static void assertInOrder(String text, List<String> sentences, String where) {
        int from = 0;
        for (String sentence : sentences) {
            Matcher matcher = pattern(sentence).matcher(text);
            assertTrue(matcher.find(from), where + " has, after the previous sentence: " + sentence + "\n---\n" + text);
            from = matcher.end();
        }
    }

    /** The column heads repeated at the top of each page, which would interrupt a sentence running on. */
    private static String withoutColumnHeads(String text) {
        return text.lines()
                .filter(line -> line.isBlank() || draft.languages().stream().map(AgreementWords::column)
                        .noneMatch(head -> head.endsWith(line.strip())))
                .reduce("", (a, b) -> a + b + "\n");
    }

    /** The running header and footer lines, which interrupt a sentence that continues on the next page. */
    private static String withoutRunningLines(String text) {
        return text.lines()
                .filter(line -> !line.contains("PA-2026-00017") && !line.contains("SHA-256")
                        && !line.matches(".*(Страница \\d+ из|\\d+-бет, барлығы).*"))
                .reduce("", (a, b) -> a + b + "\n");
    }

    /**
     * Splits each line of {@code pdftotext -layout} at the widest run of spaces nearest the middle: the gutter between
     * the two columns.
     */
    private static String[] splitColumns(String layout) {
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        int middle = layout.lines().mapToInt(String::length).max().orElse(0) / 2;
        for (String line : layout.lines().toList()) {
            int cut = gutter(line, middle);
            left.append(line, 0, Math.min(cut, line.length())).append('\n');
            if (cut < line.length()) {
                right.append(line.substring(cut)).append('\n');
            }
        }
        return new String[] {left.toString(), right.toString()};
    }

    private static int gutter(String line, int middle) {
        Matcher spaces = Pattern.compile(" {2,}").matcher(line);
        int best = line.length();
        int bestDistance = Integer.MAX_VALUE;
        while (spaces.find()) {
            int distance = Math.abs((spaces.start() + spaces.end()) / 2 - middle);
            if (distance < bestDistance && distance < middle / 2) {
                best = spaces.end();
                bestDistance = distance;
            }
        }
        if (best == line.length() && line.length() > middle && line.charAt(0) == ' ' && line.strip().length() < middle) {
            return 0; // only the right column has text on this line
        }
        return best;
    }

    private static int pages(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            return reader.getNumberOfPages();
        } finally {
            reader.close();
        }
    }

    private static Path write(byte[] pdf, String name) throws IOException {
        Files.createDirectories(OUTPUT);
        Path path = OUTPUT.resolve(name);
        Files.write(path, pdf);
        return path;
    }

    private static AgreementDocument withIssuedAt(AgreementDocument d, Instant issuedAt) {
        return new AgreementDocument(d.number(), d.version(), d.contentHash(), d.languages(), d.kind(), d.title(),
                d.placeAndDate(), d.preamble(), d.text(), d.equallyAuthentic(), d.parties(), d.draft(), issuedAt);
    }
}
