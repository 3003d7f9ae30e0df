package org.pactum.domain.text;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a template may leave open, written as {@code {name}} in its texts. Each becomes words in the language of the
 * column it stands in; filled when the agreement is printed.
 */
public enum Placeholder {
    /** The first party's organisation, as it signs: "Правительство Омской области". */
    PARTY1_ORGANIZATION("party1.organization"),
    PARTY2_ORGANIZATION("party2.organization"),
    /** Who signs for the first party: "В. П. Хоценко". */
    PARTY1_SIGNATORY("party1.signatory"),
    PARTY2_SIGNATORY("party2.signatory"),
    /** The first party's signatory's position: "Губернатор Омской области". */
    PARTY1_POSITION("party1.position"),
    PARTY2_POSITION("party2.position"),
    /** The first party's region by its name: "Омская область". */
    PARTY1_REGION("party1.region"),
    PARTY2_REGION("party2.region"),
    /** The areas of cooperation, lower case, separated by commas. */
    AREAS("areas"),
    /** The agreement's languages in the grammar of the sentence "each in the … languages": "русском и казахском". */
    LANGUAGES("languages"),
    /** The length of one term with its noun: "5 лет", "5 жыл", "5 years". */
    TERM_YEARS("term.years"),
    /** The agreed first day of the term, or the blank date line when it starts with signature. */
    TERM_STARTS_ON("term.startsOn"),
    /** The sentence on automatic renewal, or on ending with the term, whichever the agreement says. */
    TERM_RENEWAL("term.renewal"),
    /** The registration number once given, else the registry's reference number. */
    NUMBER("number"),
    /** The registration date once given, else a blank line to date by hand. */
    DATE("date");

    private final String token;

    Placeholder(String token) {
        this.token = token;
    }

    /** The name between the braces. */
    public String token() {
        return token;
    }

    /** Every placeholder as written in a text, e.g. {@code {party1.organization}}. */
    public static String tokens() {
        return String.join(", ", Arrays.stream(values()).map(placeholder -> "{" + placeholder.token + "}").toList());
    }

    public static Optional<Placeholder> named(String token) {
        return Arrays.stream(values()).filter(placeholder -> placeholder.token.equals(token)).findFirst();
    }
}
