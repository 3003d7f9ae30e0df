package org.pactum.pdf.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.language.Language;
import org.pactum.domain.route.RouteState;
import org.pactum.domain.route.StageRule;
import org.pactum.domain.route.TaskState;
import org.pactum.pdf.PdfToText;

class ApprovalSheetPdfTest {

    /** Rendered sheets stay here after the build, for a look at what users get. */
    private static final Path OUTPUT = Path.of("target", "approval-sheets");

    @Test
    void the_russian_sheet_names_stages_approvers_decisions_remarks_and_whom_a_delegate_acted_for() throws IOException {
        byte[] pdf = ApprovalSheetPdf.render(SampleSheets.twoRounds(), Language.RU);

        assertEquals("%PDF-1.7", new String(pdf, 0, 8, StandardCharsets.US_ASCII));
        String text = squeezed(extracted(pdf));
        for (String expected : new String[] {"Лист согласования", SampleSheets.LEGAL, "Заместитель Губернатора",
                "Игорь Лебедев", "Светлана Орлова", "Марина Голубева", "Возвращено на доработку", "Согласовано",
                "Передано", SampleSheets.RETURN_REMARK, SampleSheets.APPROVE_REMARK, "от имени: Игорь Лебедев",
                "Круг согласования 1", "Круг согласования 2", "СС-2026/001", "03.12.2026", "Asia/Omsk",
                "30.11.2026 11:15", "Правительство Омской области", SampleSheets.HASH}) {
            assertTrue(text.contains(squeezed(expected)), () -> "the sheet says " + expected + ": " + text);
        }
        PdfToText.of(pdf, OUTPUT, "two-rounds-ru.pdf");
    }

    @Test
    void the_kazakh_sheet_speaks_kazakh_and_keeps_the_peoples_names() throws IOException {
        byte[] pdf = ApprovalSheetPdf.render(SampleSheets.twoRounds(), Language.KK);

        String text = squeezed(extracted(pdf));
        for (String expected : new String[] {"Келісу парағы", SampleSheets.LEGAL_KK, "Губернатор орынбасары",
                "Игорь Лебедев", "Светлана Орлова", "Пысықтауға қайтарылды", "Келісілді", "Басқа адамға тапсырылды",
                SampleSheets.RETURN_REMARK, "Игорь Лебедев атынан", "Келісудің 2-айналымы", "Ынтымақтастық туралы келісім",
                "Павлодар облысының әкімдігі"}) {
            assertTrue(text.contains(squeezed(expected)), () -> "the sheet says " + expected + ": " + text);
        }
        PdfToText.of(pdf, OUTPUT, "two-rounds-kk.pdf");
    }

    @Test
    void a_long_running_route_runs_over_pages_with_its_pending_task_and_the_one_handed_on_past_its_deadline()
            throws IOException {
        byte[] pdf = ApprovalSheetPdf.render(SampleSheets.running(), Language.RU);

        String text = squeezed(extracted(pdf));
        for (String expected : new String[] {"Юрист 20", "необходимо согласований: не менее 12", "Не требуется",
                "Передано по истечении срока", "Ожидает решения", "срок до 05.12.2026 10:00", "от имени: Марина Голубева",
                "Қысқа атау", "На согласовании"}) {
            assertTrue(text.contains(squeezed(expected)), () -> "the sheet says " + expected + ": " + text);
        }
        try (PdfReader reader = new PdfReader(pdf)) {
            assertTrue(reader.getNumberOfPages() >= 2, "twenty lawyers take more than a page");
            assertTrue(squeezed(new PdfTextExtractor(reader).getTextFromPage(2)).contains(squeezed("Круг согласования 1")),
                    "the round's heading repeats on the next page");
        }
        PdfToText.of(pdf, OUTPUT, "running-ru.pdf");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void every_task_state_stage_rule_route_state_and_kind_has_words_in_each_language(Language language) {
        ResourceBundle words = ResourceBundle.getBundle("org.pactum.pdf.approval.sheet", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        for (TaskState state : TaskState.values()) {
            assertTrue(words.containsKey("task." + state), language + " " + state);
        }
        for (StageRule rule : StageRule.values()) {
            assertTrue(words.containsKey("rule." + rule), language + " " + rule);
        }
        for (RouteState state : RouteState.values()) {
            assertTrue(words.containsKey("state." + state), language + " " + state);
        }
        for (AgreementKind kind : AgreementKind.values()) {
            assertTrue(words.containsKey("kind." + kind), language + " " + kind);
        }
        ResourceBundle russian = ResourceBundle.getBundle("org.pactum.pdf.approval.sheet", Language.RU.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        assertEquals(russian.keySet(), words.keySet(), "the same keys as the Russian sheet");
    }

    @Test
    void a_display_name_splits_into_the_name_and_the_post_after_the_dash() {
        assertEquals(new ApprovalSheet.Person("Игорь Лебедев", "правовое управление"),
                ApprovalSheet.Person.of("Игорь Лебедев — правовое управление"));
        assertEquals(new ApprovalSheet.Person("Администратор системы", null),
                ApprovalSheet.Person.of("Администратор системы"));
    }

    private static String extracted(byte[] pdf) throws IOException {
        StringBuilder text = new StringBuilder();
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
        }
        return text.toString();
    }

    private static String squeezed(String text) {
        return PdfToText.squeezed(text);
    }
}
