package org.pactum.domain.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.Rule;

/** Finds what would stop a text from being filled: a placeholder nobody knows, or a brace left open. */
public final class PlaceholderCheck {

    /** A placeholder as written in a text: {@code {name}}; group 1 is the name. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private PlaceholderCheck() {
    }

    /** The first mistake in the text, worded for its author; empty when the text can be filled. */
    public static Optional<String> mistakeIn(String text) {
        return mistakeIn("", text).map(FieldError::message);
    }

    /**
     * The first mistake in the text as an error of the field: {@link Rule#UNKNOWN_PLACEHOLDER} with the placeholder as
     * written, or {@link Rule#UNPAIRED_BRACE}; empty when the text can be filled.
     */
    public static Optional<FieldError> mistakeIn(String field, String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (matcher.find()) {
            if (Placeholder.named(matcher.group(1)).isEmpty()) {
                return Optional.of(new FieldError(field, Rule.UNKNOWN_PLACEHOLDER,
                        matcher.group() + " is not a placeholder; known are " + Placeholder.tokens(), matcher.group()));
            }
            matcher.appendReplacement(rest, "");
        }
        matcher.appendTail(rest);
        if (rest.indexOf("{") >= 0 || rest.indexOf("}") >= 0) {
            return Optional.of(new FieldError(field, Rule.UNPAIRED_BRACE, "has a brace that opens or closes no placeholder; "
                    + "braces are kept for placeholders such as {party1.organization}"));
        }
        return Optional.empty();
    }
}
