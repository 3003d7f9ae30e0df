package org.pactum.domain.route;

import java.util.Objects;
import java.util.regex.Pattern;

import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;

/**
 * Who a stage asks: one person by account, or a group of approvers (the legal department, the deputy heads) whose
 * members at the moment the stage opens are asked.
 */
public record Approver(Kind kind, String name) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    public enum Kind {
        USER,
        GROUP
    }

    public Approver {
        Objects.requireNonNull(kind, "kind");
        if (!isName(name)) {
            throw new InvalidInputException("approvers", Rule.MALFORMED,
                    "an approver is an account or a group code of letters, digits, '.', '_', '@' or '-'");
        }
    }

    /** Whether {@code name} can name an account or a group. */
    public static boolean isName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    public static Approver user(String username) {
        return new Approver(Kind.USER, username);
    }

    public static Approver group(String code) {
        return new Approver(Kind.GROUP, code);
    }

    /** The written form, {@code user:approver1} or {@code group:legal-department}, as the API and storage take it. */
    public String code() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + name;
    }

    /** Reads {@link #code()}; a bare name is an account. */
    public static Approver parse(String code) {
        if (code == null) {
            throw new InvalidInputException("approvers", Rule.REQUIRED, "must name an account or a group");
        }
        int colon = code.indexOf(':');
        if (colon < 0) {
            return user(code.strip());
        }
        String kind = code.substring(0, colon).strip();
        String name = code.substring(colon + 1).strip();
        return switch (kind) {
            case "user" -> user(name);
            case "group" -> group(name);
            default -> throw new InvalidInputException("approvers", Rule.MALFORMED,
                    "must be user:<account> or group:<code>, not " + kind + ":");
        };
    }
}
