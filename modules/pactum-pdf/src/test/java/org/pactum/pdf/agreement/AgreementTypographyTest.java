package org.pactum.pdf.agreement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfReader;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.AgreementText;
import org.pactum.domain.text.Clause;
import org.pactum.pdf.PdfToText;

class AgreementTypographyTest {

    private static final Path OUTPUT = Path.of("target", "agreements");
    /** A text-state operator with its operand: {@code 0.3 Tc}. */
    private static final Pattern CHARACTER_SPACING = Pattern.compile("(-?\\d*\\.?\\d+)\\s+Tc\\b");

    @Test
    void never_spaces_letters_apart_in_three_narrow_columns() throws IOException {
        byte[] pdf = AgreementPdf.render(threeColumns()).pdf();
        Files.createDirectories(OUTPUT);
        Files.write(OUTPUT.resolve("omsk-pavlodar-3-columns.pdf"), pdf);

        PdfReader reader = new PdfReader(pdf);
        try {
            assertTrue(reader.getNumberOfPages() >= 3);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                String content = new String(reader.getPageContent(page), StandardCharsets.ISO_8859_1);
                Matcher operator = CHARACTER_SPACING.matcher(content);
                while (operator.find()) {
                    assertEquals(0, Float.parseFloat(operator.group(1)), 0, "character spacing on page " + page + ": " + operator.group());
                }
            }
        } finally {
            reader.close();
        }
    }

    @Test
    void renders_three_columns_the_same_bytes_every_time_with_whole_words() throws IOException {
        byte[] pdf = AgreementPdf.render(threeColumns()).pdf();
        assertArrayEquals(pdf, AgreementPdf.render(threeColumns()).pdf());
        String text = PdfToText.of(pdf, OUTPUT, "omsk-pavlodar-3-columns-text.pdf");
        assertTrue(text.contains("Стороны развивают"), text);
        assertFalse(text.contains("С т о р о н ы"), text);
    }

    @Test
    void justifies_and_hyphenates_russian_and_english_and_sets_kazakh_ragged_right() {
        assertTrue(ColumnSetting.of(Language.RU).justified());
        assertTrue(ColumnSetting.of(Language.EN).justified());
        assertFalse(ColumnSetting.of(Language.KK).justified(), "no Kazakh hyphenation patterns are available");
        assertTrue(ColumnSetting.of(Language.KK).hyphenation().isEmpty());
    }

    @Test
    void breaks_a_russian_word_between_syllables_where_the_line_has_room() {
        WordBreaks breaks = (WordBreaks) ColumnSetting.of(Language.RU).hyphenation().orElseThrow();
        BaseFont font = org.pactum.pdf.layout.EmbeddedFonts.SERIF;
        String before = breaks.getHyphenatedWordPre("сотрудничество", font, 10, font.getWidthPoint("сотрудни-", 10));
        assertEquals("сотрудни-", before);
        assertEquals("чество", breaks.getHyphenatedWordPost());
        assertEquals("", breaks.getHyphenatedWordPre("сотрудничество", font, 10, 1));
        assertEquals("сотрудничество", breaks.getHyphenatedWordPost());
    }

    /** The sample agreement with a third column: the Russian text stands in for the English, the width is what counts. */
    static AgreementDocument threeColumns() {
        AgreementDocument two = SampleAgreements.omskPavlodar(true);
        List<Clause> clauses = two.clauses().stream()
                .map(clause -> new Clause(clause.key(), third(clause.heading()), third(clause.text()))).toList();
        List<AgreementDocument.Signatory> parties = two.parties().stream()
                .map(party -> new AgreementDocument.Signatory(third(party.organisation()), third(party.name()), third(party.position())))
                .toList();
        return new AgreementDocument(two.number(), two.version(), two.contentHash(), List.of(Language.RU, Language.KK, Language.EN),
                third(two.kind()), third(two.title()), third(two.placeAndDate()), third(two.preamble()), new AgreementText(clauses),
                third(two.equallyAuthentic()), parties, two.draft(), two.issuedAt());
    }

    private static LocalizedText third(LocalizedText text) {
        return text.languages().isEmpty() ? text
                : LocalizedText.of(text.in(Language.RU).orElse(null), text.in(Language.KK).orElse(null), text.in(Language.RU).orElse(null));
    }
}
