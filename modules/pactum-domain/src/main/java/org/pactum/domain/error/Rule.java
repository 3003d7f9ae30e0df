package org.pactum.domain.error;

/**
 * Which rule an input broke, beside the field it broke it in: a form words its message from the rule, and an API
 * client branches on it, without reading the English message.
 */
public enum Rule {
    /** Nothing was given where something must be. */
    REQUIRED("required"),
    /** Given, but not in a language the agreement (template, library) is written in. */
    NOT_TRANSLATED("not-translated"),
    /** A library article lacks its heading or its text in one of the library's languages. */
    INCOMPLETE("incomplete"),
    /** Longer than allowed; the error's detail is the limit. */
    TOO_LONG("too-long"),
    /** More items than allowed; the error's detail is the limit. */
    TOO_MANY("too-many"),
    /** Fewer items than needed; the error's detail is the least number. */
    TOO_FEW("too-few"),
    /** A number outside its range, such as a term of 0 years. */
    OUT_OF_RANGE("out-of-range"),
    /** The same item twice; the error's detail is the item. */
    REPEATED("repeated"),
    /** Not in the form the field takes, such as a key with spaces or a date that is no date. */
    MALFORMED("malformed"),
    /** Names something that does not exist, such as a party id or a language code; the detail is what was named. */
    UNKNOWN("unknown"),
    /** A placeholder no one can fill; the error's detail is the placeholder as written. */
    UNKNOWN_PLACEHOLDER("unknown-placeholder"),
    /** A brace that opens or closes no placeholder. */
    UNPAIRED_BRACE("unpaired-brace"),
    /** Does not fit something else given, such as a template written for another kind of agreement. */
    MISMATCH("mismatch"),
    /** A password anyone could guess: the username, or one of the most common passwords. */
    WEAK("weak"),
    /** Not possible in the present state, such as resolving a thread that is resolved already. */
    WRONG_STATE("wrong-state"),
    /**
     * A character no text may hold: a control, an invisible format character such as a bidirectional override, a
     * private-use, unassigned or noncharacter code point; the error's detail names it, e.g.
     * {@code U+202E RIGHT-TO-LEFT OVERRIDE}.
     */
    FORBIDDEN_CHARACTER("forbidden-character"),
    /** A character the PDF fonts cannot draw, such as an emoji; the error's detail names it. */
    UNPRINTABLE_CHARACTER("unprintable-character"),
    /** Any other rule, e.g. a constraint of the request's shape. */
    INVALID("invalid");

    private final String code;

    Rule(String code) {
        this.code = code;
    }

    /** Whether the rule refuses one character of a text, which the error's detail names. */
    public boolean refusesACharacter() {
        return this == FORBIDDEN_CHARACTER || this == UNPRINTABLE_CHARACTER;
    }

    /** The rule as the API names it, e.g. {@code too-long}. */
    public String code() {
        return code;
    }
}
