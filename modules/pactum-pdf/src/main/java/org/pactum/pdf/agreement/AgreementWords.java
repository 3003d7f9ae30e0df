package org.pactum.pdf.agreement;

import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;

/**
 * The few words the agreement's layout adds around the drafted texts, in each language. They are part of the legal
 * form (how an article is numbered, how pages are counted), so they live in code next to the layout, not in a bundle
 * that a translator could change without a test noticing. Public so that a benchmark can set the same words with plain
 * OpenPDF.
 */
public final class AgreementWords {

    private AgreementWords() {
    }

    /** The head of a language's column, repeated on every page. */
    public static String column(Language language) {
        return switch (language) {
            case RU -> "Текст на русском языке";
            case KK -> "Қазақ тіліндегі мәтін";
            case EN -> "Text in English";
        };
    }

    public static String article(Language language, int number) {
        return switch (language) {
            case RU -> "Статья " + number;
            case KK -> number + "-бап";
            case EN -> "Article " + number;
        };
    }

    /**
     * The running header's left part named by the document's own kind line, so a memorandum's pages say "Меморандум №"
     * and not "Соглашение №"; the general word where the kind line is blank.
     */
    static String reference(Language language, LocalizedText kind, String number, long version) {
        String name = kind.in(language).map(String::strip).filter(words -> !words.isEmpty()).orElse(null);
        if (name == null) {
            return reference(language, number, version);
        }
        if (name.equals(name.toUpperCase(language.locale()))) {
            // A kind line set in capitals above the title ("СОГЛАШЕНИЕ") reads as a word in the header.
            name = name.charAt(0) + name.substring(1).toLowerCase(language.locale());
        }
        return switch (language) {
            case RU, EN -> name + (language == Language.RU ? " № " : " No. ") + number + ", "
                    + (language == Language.RU ? "редакция " : "version ") + version;
            case KK -> "№ " + number + " " + name.toLowerCase(language.locale()) + ", " + version + "-редакция";
        };
    }

    /** The running header's left part: which agreement, which version. */
    public static String reference(Language language, String number, long version) {
        return switch (language) {
            case RU -> "Соглашение № " + number + ", редакция " + version;
            case KK -> "№ " + number + " келісім, " + version + "-редакция";
            case EN -> "Agreement No. " + number + ", version " + version;
        };
    }

    /** The words before the total number of pages, which is written in when the last page is done. */
    public static String pageOf(Language language, int page) {
        return switch (language) {
            case RU -> "Страница " + page + " из";
            case KK -> page + "-бет, барлығы";
            case EN -> "Page " + page + " of";
        };
    }

    public static String draft(Language language) {
        return switch (language) {
            case RU -> "ПРОЕКТ";
            case KK -> "ЖОБА";
            case EN -> "DRAFT";
        };
    }

    /** The caption under the empty box where the signature stamp goes. */
    public static String signature(Language language) {
        return switch (language) {
            case RU -> "подпись";
            case KK -> "қолы";
            case EN -> "signature";
        };
    }

    /** The footer's label of the content hash that ties a printed copy to the registry record. */
    public static String contentHash(Language language) {
        return switch (language) {
            case RU -> "Хэш содержания";
            case KK -> "Мазмұн хэші";
            case EN -> "Content hash";
        };
    }
}
