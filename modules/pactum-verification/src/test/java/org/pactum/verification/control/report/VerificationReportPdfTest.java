package org.pactum.verification.control.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.pactum.domain.language.Language;
import org.pactum.pdf.layout.EmbeddedFonts;
import org.pactum.verification.entity.PrintedReport;

/**
 * The printed report read back with OpenPDF's text extractor: the verdict in words and colour, the signers, the
 * reasons of a failure, in each language. The files are also left in target/verification-reports for a look.
 */
class VerificationReportPdfTest {

    /** The verdict colours as PDF fill operators (red B42318, green 0B6B3A, grey 5B6675). */
    private static final String RED = "0.70588 0.13725 0.09412 rg";
    private static final String GREEN = "0.04314 0.41961 0.22745 rg";
    private static final String GREY = "0.35686 0.4 0.45882 rg";

    @ParameterizedTest
    @EnumSource(Language.class)
    void a_passed_report_shows_the_verdict_in_green_words_and_names_both_signers(Language language) throws IOException {
        byte[] pdf = render(SampleReports.passed(), language, "passed");
        String text = text(pdf);
        ReportWords words = ReportWords.of(language);

        assertTrue(text.contains(words.text("verdict.TOTAL_PASSED")), text);
        assertTrue(text.contains(words.text("document.title")), text);
        assertTrue(text.contains(SampleReports.RUSSIAN_SIGNER), text);
        assertTrue(text.contains(SampleReports.KAZAKH_SIGNER), text);
        assertTrue(text.contains("PA-2026-00004"), "the register entry: " + text);
        assertTrue(text.contains(words.text("signature.chain.trusted")), text);
        assertTrue(content(pdf).contains(GREEN), "the verdict is drawn in green");
        assertFalse(content(pdf).contains(RED), "nothing in a passed report is red");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void a_failed_report_shows_red_words_the_reasons_and_what_changed(Language language) throws IOException {
        byte[] pdf = render(SampleReports.failed(), language, "failed");
        String text = text(pdf);
        ReportWords words = ReportWords.of(language);

        assertTrue(text.contains(words.text("verdict.TOTAL_FAILED")), text);
        assertTrue(text.contains(words.text("signature.verdict.TOTAL_FAILED")), text);
        assertTrue(text.contains(words.text("signature.verdict.INDETERMINATE")), text);
        assertTrue(text.contains("HASH_FAILURE") && text.contains("NO_CERTIFICATE_CHAIN_FOUND"), text);
        assertTrue(text.contains(SampleReports.BROKEN_REASON), text);
        assertTrue(text.contains("12 0 obj (Page 1 /Contents): changed"), text);
        assertTrue(text.contains(words.text("signature.chain.untrusted")), text);
        assertTrue(text.contains(words.text("register.none").substring(0, 20)), text);
        assertTrue(content(pdf).contains(RED), "the verdict is drawn in red");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void the_register_entry_says_who_approved_which_revision_and_that_the_audit_trail_is_sealed(Language language)
            throws IOException {
        byte[] pdf = render(SampleReports.passed(), language, "approved");
        String text = text(pdf);
        String flat = text.replaceAll("\\s+", " ");
        ReportWords words = ReportWords.of(language);

        assertTrue(text.contains(words.text("decisions.heading")), text);
        assertTrue(text.contains(words.text("decisions.column.decidedBy")), text);
        assertTrue(flat.contains(words.text("decision.RETURN")), text);
        assertTrue(flat.contains(words.text("decision.APPROVE")), text);
        assertTrue(flat.contains(words.text("decision.action.route.task-delegated")), text);
        assertTrue(text.contains(SampleReports.DEPUTY), text);
        assertTrue(flat.contains(words.text("decisions.onBehalfOf", "a.seitkali")), "the deputy's decision: " + text);
        assertTrue(flat.contains(SampleReports.DEPUTY_REMARK), text);
        assertTrue(flat.contains("4.2"), text);
        assertTrue(flat.contains(words.text("decisions.revision", 3)), text);
        assertTrue(text.contains(SampleReports.REVISION_3_HASH.substring(0, 16)), text);
        assertFalse(text.contains(SampleReports.REVISION_3_HASH.substring(0, 17)), "only 16 hex digits: " + text);
        assertTrue(text.contains("2026-11-16 12:05:33"), "times as the report prints them: " + text);
        assertTrue(flat.indexOf(words.text("decision.RETURN")) < flat.indexOf(SampleReports.DEPUTY),
                "the first round comes before the second");
        assertTrue(text.contains(words.text("chain.heading")), text);
        assertTrue(flat.contains(firstWords(words.text("chain.sealed"))), text);
        assertFalse(content(pdf).contains(RED), "nothing in an approved, sealed record is red");
    }

    @Test
    void a_broken_audit_trail_is_said_in_red_with_where_it_breaks() throws IOException {
        byte[] pdf = render(SampleReports.passedWithBrokenChain(), Language.RU, "broken-chain");
        String flat = text(pdf).replaceAll("\\s+", " ");
        ReportWords words = ReportWords.of(Language.RU);

        assertTrue(flat.contains(firstWords(words.text("chain.broken"))), flat);
        assertTrue(flat.contains(words.text("chain.broken", 57)), "where it breaks: " + flat);
        assertTrue(flat.contains(SampleReports.CHAIN_BROKEN_REASON), flat);
        assertTrue(content(pdf).contains(RED), "a broken trail is drawn in red");
    }

    @Test
    void an_intact_trail_not_yet_sealed_over_the_last_change_says_how_far_the_seals_reach() throws IOException {
        String flat = text(render(SampleReports.passedBeforeTheLastSeal(), Language.KK, "unsealed"))
                .replaceAll("\\s+", " ").replace("- ", "-"); // a line may break after the hyphen of "190-оқиға"
        ReportWords words = ReportWords.of(Language.KK);

        assertTrue(flat.contains(words.text("chain.unsealed", 212, 9, 190, 180)), flat);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void a_report_stored_before_decisions_were_recorded_says_they_were_not(Language language) throws IOException {
        String flat = text(render(SampleReports.passedBeforeDecisionsWereRecorded(), language, "before-decisions"))
                .replaceAll("\\s+", " ");
        ReportWords words = ReportWords.of(language);

        assertTrue(flat.contains("PA-2026-00004"), flat);
        assertTrue(flat.contains(firstWords(words.text("decisions.notRecorded"))), flat);
        assertTrue(flat.contains(firstWords(words.text("chain.notRecorded"))), flat);
        assertFalse(flat.contains(words.text("decisions.column.decidedBy")), flat);
    }

    @Test
    void a_document_without_signatures_is_reported_in_grey_as_such() throws IOException {
        byte[] pdf = render(SampleReports.unsigned(), Language.KK, "unsigned");
        String text = text(pdf);
        ReportWords words = ReportWords.of(Language.KK);

        assertTrue(text.contains(words.text("verdict.NO_SIGNATURE_FOUND")), text);
        assertTrue(text.contains(words.text("signatures.none")), text);
        assertTrue(content(pdf).contains(GREY), "the verdict is drawn in grey");
    }

    @Test
    void kazakh_letters_come_out_as_they_went_in() throws IOException {
        for (char letter : SampleReports.KAZAKH_LETTERS.replace(" ", "").toCharArray()) {
            assertTrue(EmbeddedFonts.SANS.charExists(letter) && EmbeddedFonts.SANS_BOLD.charExists(letter),
                    "Liberation Sans has " + letter);
        }
        String text = text(render(SampleReports.passed(), Language.KK, "passed"));
        assertTrue(text.contains(SampleReports.KAZAKH_LETTERS), text);
        assertTrue(text.contains("Тексеру хаттамасы") && text.contains("Қолтаңбалар"), text);
    }

    @Test
    void a_report_missing_members_still_prints_with_dashes() throws IOException {
        String text = text(VerificationReportPdf.render("{\"id\":\"0011\",\"signatures\":[{}]}", Language.EN));

        assertTrue(text.contains("Signature 1 of 1: signer unknown"), text);
        assertTrue(text.contains("Report number"), text);
    }

    @Test
    void what_is_no_json_object_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> VerificationReportPdf.render("[1, 2]", Language.RU));
        assertThrows(IllegalArgumentException.class, () -> VerificationReportPdf.render("not json", Language.RU));
    }

    @Test
    void the_file_name_holds_the_short_id_and_the_language() {
        String stem = VerificationReportPdf.fileStem("3f9c01ab5d2e4c7f8a61b0c2d3e4f5a6");
        assertEquals("verification-report-3f9c01ab", stem);
        assertEquals("verification-report-3f9c01ab-kk.pdf",
                new PrintedReport("3f9c01ab5d2e4c7f8a61b0c2d3e4f5a6", Language.KK, stem, new byte[0]).fileName());
    }

    private static byte[] render(String json, Language language, String name) throws IOException {
        byte[] pdf = VerificationReportPdf.render(json, language);
        Path directory = Path.of("target", "verification-reports");
        Files.createDirectories(directory);
        Files.write(directory.resolve(name + "-" + language.code() + ".pdf"), pdf);
        return pdf;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        }
    }

    /** The start of a sentence, short enough to stay on one line of the page. */
    private static String firstWords(String sentence) {
        return sentence.substring(0, 28);
    }

    private static String content(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            StringBuilder content = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                content.append(new String(reader.getPageContent(page), StandardCharsets.ISO_8859_1));
            }
            return content.toString();
        }
    }
}
