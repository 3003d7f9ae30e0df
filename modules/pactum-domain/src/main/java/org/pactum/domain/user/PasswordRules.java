package org.pactum.domain.user;

import java.util.Locale;
import java.util.Set;

import org.pactum.domain.error.Rule;
import org.pactum.domain.error.Violations;

/**
 * What a new password must be. In production: at least {@value #MIN_LENGTH} characters, not containing the username,
 * and not one of the passwords every guessing list starts with. A demo installation, whose users all share the
 * password "demo", asks only for a password at all.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    /** Long enough for any passphrase; anything longer is a mistake or an attempt to make hashing expensive. */
    public static final int MAX_LENGTH = 256;

    /** The common passwords long enough to pass the length rule, compared in lower case. */
    private static final Set<String> COMMON = Set.of(
            "123456789012", "1234567890123", "12345678901234", "111111111111", "000000000000", "123123123123",
            "password1234", "password123!", "passwordpassword", "qwertyuiop12", "qwerty123456", "qwertyqwerty",
            "1q2w3e4r5t6y", "1qaz2wsx3edc", "qazwsxedcrfv", "zaq12wsxcde3", "iloveyou1234", "welcome12345",
            "letmein12345", "changeme1234", "administrator", "administrator1", "abcdefghijkl", "abc123abc123",
            "йцукенгшщзхъ", "пароль123456", "парольпароль", "demodemodemo", "pactumpactum", "pactum123456");

    private final boolean strict;

    private PasswordRules(boolean strict) {
        this.strict = strict;
    }

    public static PasswordRules production() {
        return new PasswordRules(true);
    }

    public static PasswordRules demo() {
        return new PasswordRules(false);
    }

    /**
     * Refuses a password that breaks a rule, naming every rule it breaks.
     *
     * @param field how the input names the password, e.g. {@code newPassword}
     */
    public void check(String username, char[] password, String field) {
        String typed = new String(password);
        Violations violations = new Violations()
                .check(!typed.isBlank(), field, Rule.REQUIRED, "must not be blank")
                .check(typed.length() <= MAX_LENGTH, field, Rule.TOO_LONG, MAX_LENGTH,
                        "must have at most " + MAX_LENGTH + " characters");
        if (strict && !typed.isBlank()) {
            String lower = typed.toLowerCase(Locale.ROOT);
            violations.check(typed.codePointCount(0, typed.length()) >= MIN_LENGTH, field, Rule.TOO_FEW, MIN_LENGTH,
                            "must have at least " + MIN_LENGTH + " characters")
                    .check(username == null || !lower.contains(username.toLowerCase(Locale.ROOT)), field, Rule.WEAK,
                            "must not contain the username")
                    .check(!COMMON.contains(lower), field, Rule.WEAK, "is one of the most common passwords");
        }
        violations.throwIfAny();
    }
}
