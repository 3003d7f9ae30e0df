package org.pactum.drafting.entity;

import java.util.List;

import org.pactum.domain.language.Language;

/**
 * One agreement text rendered as a PDF, ready to send or to sign.
 *
 * @param number    the number printed on it: the registration number once given, else the reference number
 * @param suffix    what follows the number in the file's name, e.g. {@code -preview.pdf} or {@code -revision-1.pdf}
 * @param languages the languages of its columns, first the agreement's first; empty where not known
 * @param revision  the revision printed, as the application numbers it
 * @param draft     whether it is marked as a draft (the text is not final)
 */
public record PrintedAgreement(byte[] pdf, String number, String suffix, List<Language> languages, int revision,
                               boolean draft) {

    public PrintedAgreement {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    public PrintedAgreement(byte[] pdf, String number, String suffix) {
        this(pdf, number, suffix, List.of(), 0, true);
    }

    /** Whether it is one revision asked for by its number rather than the agreement as it stands. */
    public boolean isRevision() {
        return suffix.startsWith("-revision-");
    }

    /** A plain file name, safe in a Content-Disposition header, e.g. {@code PA-2026-00017-preview.pdf}. */
    public String fileName() {
        // Registration numbers such as СС-2026/017 hold Cyrillic and slashes; a header's plain file name keeps to ASCII.
        String stem = number.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
        return (stem.isEmpty() ? "agreement" : stem) + suffix;
    }

    /** The file's name with the number as printed, for the header's UTF-8 form, e.g. {@code СС-2026/017-preview.pdf}. */
    public String printedFileName() {
        return number + suffix;
    }
}
