package org.pactum.web.download;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pactum.domain.language.Language;
import org.pactum.drafting.entity.PrintedAgreement;

class DownloadNameTest {

    @Test
    void namesADraftByItsNumberWordsInItsFirstLanguageAndAllItsLanguages() {
        PrintedAgreement draft = new PrintedAgreement(new byte[0], "МС-2026/002", "-preview.pdf",
                List.of(Language.RU, Language.KK), 3, true);

        assertEquals("МС-2026-002 проект (ru, kk).pdf", DownloadName.of(draft));
    }

    @Test
    void namesTheFinalTextAndARevisionByTheirNumber() {
        PrintedAgreement text = new PrintedAgreement(new byte[0], "МС-2026/002", "-preview.pdf", List.of(Language.KK), 4, false);
        PrintedAgreement revision = new PrintedAgreement(new byte[0], "PA-2026-00003", "-revision-2.pdf",
                List.of(Language.EN, Language.RU), 2, true);

        assertEquals("МС-2026-002 мәтіні (kk).pdf", DownloadName.of(text));
        assertEquals("PA-2026-00003 revision 2 (en, ru).pdf", DownloadName.of(revision));
    }

    @Test
    void saysWhatTheFileIsInTheLanguageOfTheFile() {
        assertEquals("МС-2026-002 сертификат завершения (ru).pdf",
                DownloadName.CERTIFICATE.name("МС-2026/002", List.of(Language.RU), 0, "pdf"));
        assertEquals("МС-2026-002 аяқталу сертификаты (kk).pdf",
                DownloadName.CERTIFICATE.name("МС-2026/002", List.of(Language.KK), 0, "pdf"));
        assertEquals("МС-2026-002 approval sheet (en).pdf",
                DownloadName.APPROVAL_SHEET.name("МС-2026/002", List.of(Language.EN), 0, "pdf"));
        assertEquals("МС-2026-002 подписанный документ.json",
                DownloadName.SIGNED.name("МС-2026/002", Language.RU, List.of(), 0, "json"));
    }

    @Test
    void hasWordsForEveryKindInEveryLanguage() {
        for (DownloadName kind : DownloadName.values()) {
            for (Language language : Language.values()) {
                String words = kind.words(language, 1);
                assertEquals(words.strip(), words, kind + " " + language);
                assertEquals(false, words.isEmpty() || words.contains("%"), kind + " " + language);
            }
        }
    }
}
