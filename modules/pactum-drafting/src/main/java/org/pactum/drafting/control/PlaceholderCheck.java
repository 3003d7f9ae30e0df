package org.pactum.drafting.control;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds what would stop a text from being filled: a placeholder nobody knows, or a brace left open. */
public final class PlaceholderCheck {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private PlaceholderCheck() {
    }

    /** The first mistake in the text, worded for its author; empty when the text can be filled. */
    public static Optional<String> mistakeIn(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (matcher.find()) {
            if (Placeholder.named(matcher.group(1)).isEmpty()) {
                return Optional.of("{" + matcher.group(1) + "} is not a placeholder; known are " + Placeholder.tokens());
            }
            matcher.appendReplacement(rest, "");
        }
        matcher.appendTail(rest);
        if (rest.indexOf("{") >= 0 || rest.indexOf("}") >= 0) {
            return Optional.of("has a brace that opens or closes no placeholder; braces are kept for placeholders such as {party1.organization}");
        }
        return Optional.empty();
    }
}
