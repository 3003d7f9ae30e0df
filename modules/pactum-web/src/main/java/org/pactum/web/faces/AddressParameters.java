package org.pactum.web.faces;

import java.util.Optional;

/**
 * The values a page's address names: an agreement's id, a revision's or version's number. A value that is not a number
 * comes from an edited or outdated link, so it reads as nothing rather than as an error; each page decides what
 * nothing means to it (its latest version, or the not-found page).
 */
public final class AddressParameters {

    private AddressParameters() {
    }

    public static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    public static Optional<Long> identifier(String text) {
        try {
            return present(text) ? Optional.of(Long.parseLong(text.strip())) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static Optional<Integer> number(String text) {
        try {
            return present(text) ? Optional.of(Integer.parseInt(text.strip())) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
