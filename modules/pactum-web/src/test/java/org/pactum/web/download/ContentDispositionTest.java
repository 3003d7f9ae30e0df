package org.pactum.web.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void offersTheCyrillicNamePercentEncodedAndATransliteratedAsciiFallback() {
        ContentDisposition disposition = ContentDisposition.attachment("МС-2026-002 проект (ru).pdf");

        assertEquals("attachment; filename=\"MS-2026-002 proekt (ru).pdf\"; filename*=UTF-8''"
                + "%D0%9C%D0%A1-2026-002%20%D0%BF%D1%80%D0%BE%D0%B5%D0%BA%D1%82%20%28ru%29.pdf", disposition.header());
    }

    @Test
    void keepsTheNumberReadableReplacingOnlyWhatFileSystemsRefuse() {
        assertEquals("МС-2026-002 лист согласования (en).pdf",
                ContentDisposition.attachment("МС-2026/002 лист согласования (en).pdf").name());
        assertEquals("a-b-c-d-e-f-g-h-i-j.pdf", ContentDisposition.fileSafe("a/b\\c:d*e?f\"g<h>i|j.pdf"));
        assertEquals("x-y.pdf", ContentDisposition.fileSafe("x\ny.pdf"));
        assertEquals("hidden.pdf", ContentDisposition.fileSafe("..hidden.pdf"));
        assertEquals("download", ContentDisposition.fileSafe("  "));
    }

    @Test
    void transliteratesKazakhLettersAndReplacesWhatHasNoLatinForm() {
        ContentDisposition disposition = ContentDisposition.inline("ҚҰ-2026-001 қол қойылған құжат — №1.pdf");

        assertEquals("QU-2026-001 qol qoiylghan quzhat _ _1.pdf", disposition.asciiName());
        assertTrue(disposition.header().startsWith("inline; filename=\"QU-2026-001"), disposition.header());
    }

    @Test
    void encodesEveryByteOutsideTheAttributeCharactersOfRfc5987() {
        assertEquals("a%20b%25c%27d%3Be%2Cf!#$&+-.^_`|~", ContentDisposition.percentEncoded("a b%c'd;e,f!#$&+-.^_`|~"));
        assertEquals("%C3%A4%E2%82%AC", ContentDisposition.percentEncoded("ä€"));
    }

    @Test
    void acceptsOnlyAttachmentOrInline() {
        assertThrows(IllegalArgumentException.class, () -> new ContentDisposition("form-data", "x.pdf"));
    }
}
