package org.pactum.pdf.agreement;

import org.pactum.domain.language.Language;

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
