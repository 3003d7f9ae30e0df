package org.pactum.domain.user;

import java.util.Optional;
import java.util.regex.Pattern;

import org.pactum.domain.error.Rule;
import org.pactum.domain.error.Violations;

/**
 * What Pactum takes as an e-mail address: one mailbox, local part {@code @} a domain with a dot, no spaces, no display
 * name, at most 254 characters (RFC 5321's limit on a path). Stricter than RFC 5322 on purpose: an address a person
 * types into their profile, not every form a mail header allows.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;
    private static final Pattern FORM = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private EmailAddress() {
    }

    public static boolean isWellFormed(String address) {
        return address != null && address.length() <= MAX_LENGTH && FORM.matcher(address).matches()
                && !address.startsWith(".") && !address.contains("..") && !address.contains(".@");
    }

    /**
     * The address stripped, or empty when nothing was given.
     *
     * @throws org.pactum.domain.error.InvalidInputException when something was given that is no address
     */
    public static Optional<String> checked(String field, String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String stripped = address.strip();
        new Violations()
                .check(stripped.length() <= MAX_LENGTH, field, Rule.TOO_LONG, MAX_LENGTH, "is longer than an address")
                .check(stripped.length() > MAX_LENGTH || isWellFormed(stripped), field, Rule.MALFORMED,
                        "must be an e-mail address such as name@example.org")
                .throwIfAny();
        return Optional.of(stripped);
    }
}
