package org.pactum.web.audit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pactum.domain.audit.AuditEvent;
import org.pactum.domain.language.Language;
import org.pactum.pdf.certificate.ActionNames;
import org.pactum.web.faces.AreaMessages;
import org.pactum.web.faces.DateDisplay;

/** The CSV export opens in a spreadsheet as the page reads: Cyrillic intact, quotes and line breaks kept in their cell. */
class AuditCsvTest {

    private static final String HASH = "ab".repeat(32);

    private static String csv(String language, String details) throws IOException {
        Map<String, String> texts = AreaMessages.read(language);
        DateDisplay omsk = DateDisplay.in("Asia/Omsk");
        EventSentences sentences = new EventSentences(texts::get, Locale.forLanguageTag(language), omsk,
                login -> "approver1".equals(login) ? "Ирина Петрова" : login);
        AuditEvent event = AuditEvent.stored(7, Instant.parse("2026-11-22T08:00:05.123456Z"), "approver1", "APPROVER",
                "comment.added", 3L, 4L, null, details, "10.0.0.1", "cd".repeat(32), HASH);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AuditCsv file = AuditCsv.start(out, texts::get, Locale.forLanguageTag(language), "Asia/Omsk")) {
            file.row(AuditRow.of(event, omsk, id -> "PA-2026-0000" + id, sentences, login -> "Ирина Петрова",
                    code -> ActionNames.of(code, Language.fromCode(language).orElseThrow())));
        }
        byte[] bytes = out.toByteArray();
        assertEquals(0xEF, bytes[0] & 0xff, "a UTF-8 byte order mark first, so Excel reads Cyrillic");
        return new String(bytes, StandardCharsets.UTF_8).substring(1);
    }

    @Test
    void a_row_has_the_name_the_action_label_and_the_details_as_sentences_under_a_localised_header() throws IOException {
        String file = csv("ru", "{\"comment\":12,\"text\":\"Срок — \\\"30 дней\\\"\\nпроверить\"}");
        String[] lines = file.split("\r\n", 2);
        assertAll(
                () -> assertTrue(lines[0].startsWith("\"№\",\"Когда (Asia/Omsk)\",\"Когда (UTC, как в хэше)\",\"Кто\""), lines[0]),
                () -> assertTrue(lines[1].startsWith("\"7\",\"22.11.2026 14:00:05 (UTC+06:00)\",\"2026-11-22T08:00:05.123456Z\","
                        + "\"Ирина Петрова\",\"approver1\",\"Согласующий\",\"Добавлен комментарий\",\"comment.added\","
                        + "\"PA-2026-00003\",\"4\","), lines[1]),
                () -> assertTrue(lines[1].contains("\"Комментарий № 12. Текст: «Срок — \"\"30 дней\"\"\nпроверить».\""),
                        "quotes doubled, the line break kept inside the cell: " + lines[1]),
                () -> assertTrue(lines[1].endsWith("\"" + HASH + "\",\"" + "cd".repeat(32) + "\",\"\"\r\n"), lines[1]));
    }

    @Test
    void the_header_is_in_the_interface_language() throws IOException {
        assertTrue(csv("kk", "{}").startsWith("\"№\",\"Қашан (Asia/Omsk)\""));
        assertTrue(csv("en", "{}").startsWith("\"No.\",\"When (Asia/Omsk)\""));
    }

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_made_inert() {
        assertAll(
                () -> assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", AuditCsv.quoted("=HYPERLINK(\"x\")")),
                () -> assertEquals("\"'+1\"", AuditCsv.quoted("+1")),
                () -> assertEquals("\"Иван\"", AuditCsv.quoted("Иван")),
                () -> assertEquals("\"\"", AuditCsv.quoted("")));
    }
}
