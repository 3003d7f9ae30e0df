package org.pactum.domain.printable;

import java.util.Locale;

import org.pactum.domain.error.Rule;

/**
 * The first character of a text that a text may not hold, and why.
 *
 * @param codePoint the character (a lone surrogate stands for itself)
 * @param index     where it is, in UTF-16 units from the text's start
 * @param rule      {@link Rule#FORBIDDEN_CHARACTER} or {@link Rule#UNPRINTABLE_CHARACTER}
 */
public record RefusedCharacter(int codePoint, int index, Rule rule) {

    /** The character as the Unicode standard names it: {@code U+202E RIGHT-TO-LEFT OVERRIDE}. */
    public String describe() {
        return String.format(Locale.ROOT, "U+%04X %s", codePoint, name());
    }

    private String name() {
        if (Character.getType(codePoint) == Character.SURROGATE) {
            return "(lone surrogate)";
        }
        if (PrintableText.isNoncharacter(codePoint)) {
            return "(noncharacter)";
        }
        String name = Character.getName(codePoint);
        return name == null ? "(unassigned)" : name;
    }

    /** What is wrong, in English for developers and API clients; forms word it from the rule and {@link #describe()}. */
    public String message() {
        return rule == Rule.FORBIDDEN_CHARACTER
                ? "contains " + describe() + " at " + index + ", an invisible or control character that can make the "
                        + "text display as something it does not say; remove it"
                : "contains " + describe() + " at " + index + ", which the PDF fonts cannot print, so the printed text "
                        + "would differ from the typed one; remove or replace it";
    }
}
