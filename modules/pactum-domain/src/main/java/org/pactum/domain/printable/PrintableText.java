package org.pactum.domain.printable;

import java.util.Optional;

import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.Rule;
import org.pactum.domain.error.Violations;
import org.pactum.domain.language.LocalizedText;

/**
 * The one rule for the characters of every text Pactum keeps — titles, names, wording, comments, remarks — checked where
 * the text enters the domain. Refused, as {@link Rule#FORBIDDEN_CHARACTER}: controls (C0 but a line feed, or a carriage
 * return before one, in {@link TextShape#PARAGRAPHS}; DEL; C1), every format character (bidirectional embeddings,
 * overrides, isolates and marks, U+061C, zero-width characters, the soft hyphen a browser hides and a PDF prints,
 * U+FEFF), line and paragraph separators, lone surrogates, private-use, unassigned code points and noncharacters. A
 * tab is a control too: the PDF drops it, joining the words around it. Refused as {@link Rule#UNPRINTABLE_CHARACTER}:
 * what the PDF fonts cannot draw ({@link DrawableCharacters}), such as an emoji, which would vanish from the print.
 * Texts already stored are read as they are; the rule applies to what is typed from now on.
 */
public final class PrintableText {

    private PrintableText() {
    }

    /** The first character the text may not hold, judged by the installed {@link DrawableCharacters}. */
    public static Optional<RefusedCharacter> firstRefused(String text, TextShape shape) {
        return firstRefused(text, shape, DrawableCharacters.installed());
    }

    public static Optional<RefusedCharacter> firstRefused(String text, TextShape shape, DrawableCharacters drawable) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (isForbidden(codePoint, text, i, shape)) {
                return Optional.of(new RefusedCharacter(codePoint, i, Rule.FORBIDDEN_CHARACTER));
            }
            if (!isLineBreak(codePoint) && !drawable.draws(codePoint)) {
                return Optional.of(new RefusedCharacter(codePoint, i, Rule.UNPRINTABLE_CHARACTER));
            }
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    /** Adds the field's first refused character, if any, to the violations. */
    public static Violations check(Violations violations, String field, String text, TextShape shape) {
        firstRefused(text, shape).ifPresent(refused -> violations.add(errorOf(field, refused)));
        return violations;
    }

    /** Checks each language's entry, reported as {@code field.<language code>}, e.g. {@code title.kk}. */
    public static Violations check(Violations violations, String field, LocalizedText text, TextShape shape) {
        if (text != null) {
            text.asMap().forEach((language, value) -> check(violations, field + "." + language.code(), value, shape));
        }
        return violations;
    }

    /** Refuses the text at once if it holds a character it may not. */
    public static String require(String field, String text, TextShape shape) {
        check(new Violations(), field, text, shape).throwIfAny();
        return text;
    }

    public static FieldError errorOf(String field, RefusedCharacter refused) {
        return new FieldError(field, refused.rule(), refused.message(), refused.describe());
    }

    /**
     * The text with every character this rule forbids in a line — controls, line breaks, bidirectional and other
     * invisible format characters — replaced by its code in brackets, e.g. {@code [U+202E]}: for showing text Pactum
     * did not take from a user (a name in a certificate) exactly as it is, without letting it reorder or hide anything.
     */
    public static String visible(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (isForbidden(codePoint, text, i, TextShape.LINE)) {
                if (shown == null) {
                    shown = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                shown.append(String.format("[U+%04X]", codePoint));
            } else if (shown != null) {
                shown.append(text, i, next);
            }
            i = next;
        }
        return shown == null ? text : shown.toString();
    }

    static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }

    private static boolean isForbidden(int codePoint, String text, int index, TextShape shape) {
        if (isLineBreak(codePoint)) {
            return shape != TextShape.PARAGRAPHS
                    || (codePoint == '\r' && (index + 1 >= text.length() || text.charAt(index + 1) != '\n'));
        }
        if (isNoncharacter(codePoint)) {
            return true;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }

    private static boolean isLineBreak(int codePoint) {
        return codePoint == '\n' || codePoint == '\r';
    }
}
