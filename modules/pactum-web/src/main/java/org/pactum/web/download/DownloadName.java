package org.pactum.web.download;

import java.util.List;
import java.util.stream.Collectors;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.language.Language;
import org.pactum.drafting.entity.PrintedAgreement;
import org.pactum.verification.entity.PrintedReport;

/**
 * What a downloaded file is called: the agreement's number as the application shows it (the registration number
 * once given), what the file is, and in which language, e.g. {@code МС-2026-002 проект (ru, kk).pdf} or
 * {@code МС-2026-002 аяқталу сертификаты (kk).pdf}. The words are in the file's own language; an agreement text
 * in several languages uses its first and lists them all.
 */
public enum DownloadName {
    DRAFT("проект", "жобасы", "draft"),
    TEXT("текст", "мәтіні", "text"),
    REVISION("редакция %d", "%d-редакциясы", "revision %d"),
    TO_SIGN("документ для подписи", "қол қоюға арналған құжат", "document to sign"),
    SIGNED("подписанный документ", "қол қойылған құжат", "signed document"),
    CERTIFICATE("сертификат завершения", "аяқталу сертификаты", "certificate of completion"),
    APPROVAL_SHEET("лист согласования", "келісу парағы", "approval sheet"),
    VERIFICATION_REPORT("отчёт о проверке", "тексеру есебі", "verification report"),
    AUDIT_TRAIL("журнал аудита", "аудит журналы", "audit trail");

    private final String ru;
    private final String kk;
    private final String en;

    DownloadName(String ru, String kk, String en) {
        this.ru = ru;
        this.kk = kk;
        this.en = en;
    }

    /** The words for this kind of file in a language; a revision's take its number. */
    public String words(Language language, int revision) {
        String words = switch (language == null ? Language.RU : language) {
            case RU -> ru;
            case KK -> kk;
            case EN -> en;
        };
        return words.formatted(revision);
    }

    /**
     * @param number    the number to lead with, as shown (slashes and the like become dashes), or null
     * @param languages the file's languages; the words are in the first
     * @param extension e.g. {@code pdf}
     */
    public String name(String number, List<Language> languages, int revision, String extension) {
        return name(number, languages.isEmpty() ? Language.RU : languages.getFirst(), languages, revision, extension);
    }

    /**
     * @param wordsIn   the language of the words, for a file without one of its own (the certificate's JSON form)
     * @param languages the languages to list after the words; none for a file without language
     */
    public String name(String number, Language wordsIn, List<Language> languages, int revision, String extension) {
        String lead = number == null || number.isBlank() ? "" : number.strip() + " ";
        String codes = languages.isEmpty() ? ""
                : languages.stream().map(Language::code).collect(Collectors.joining(", ", " (", ")"));
        return ContentDisposition.fileSafe(lead + words(wordsIn, revision) + codes + "." + extension);
    }

    /** The name of a printed agreement text: a draft, the final text, or one revision. */
    public static String of(PrintedAgreement printed) {
        DownloadName kind = printed.isRevision() ? REVISION : printed.draft() ? DRAFT : TEXT;
        return kind.name(printed.number(), printed.languages(), printed.revision(), "pdf");
    }

    /** The name of a printed verification report, led by the short form of its id the report itself shows. */
    public static String of(PrintedReport report) {
        String stem = report.fileStem();
        return VERIFICATION_REPORT.name(stem.substring(stem.lastIndexOf('-') + 1), List.of(report.language()), 0, "pdf");
    }

    /** The number an agreement is known by: its registration number once registered, else its reference number. */
    public static String shownNumber(Agreement agreement) {
        return agreement.registration().map(registration -> registration.number()).orElse(agreement.number());
    }
}
