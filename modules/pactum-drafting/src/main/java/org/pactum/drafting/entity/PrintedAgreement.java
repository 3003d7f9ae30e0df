package org.pactum.drafting.entity;

import java.util.List;

import org.pactum.domain.language.Language;

/**
 * One agreement text rendered as a PDF, ready to send or to sign.
 *
 * @param number    the number printed on it: the registration number once given, else the reference number
 * @param suffix    what it is: {@code -preview.pdf}, or {@code -revision-N.pdf} for one revision asked for by number
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
}
