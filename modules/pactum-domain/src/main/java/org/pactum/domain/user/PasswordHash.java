package org.pactum.domain.user;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted, deliberately slow password hash (PBKDF2-HMAC-SHA256 from the JDK), stored as
 * {@code pbkdf2-sha256$iterations$salt$hash} so the work factor can be raised later without breaking old hashes.
 */
public final class PasswordHash {

    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile(Pattern.quote(SCHEME) + "\\$\\d{1,9}\\$[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+");

    private final String encoded;

    private PasswordHash(String encoded) {
        this.encoded = encoded;
    }

    public static PasswordHash of(char[] password) {
        return of(password, ITERATIONS);
    }

    static PasswordHash of(char[] password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations);
        Base64.Encoder base64 = Base64.getEncoder();
        return new PasswordHash(SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash));
    }

    public static PasswordHash parse(String encoded) {
        if (encoded == null || !FORMAT.matcher(encoded).matches()) {
            throw new IllegalArgumentException("not a " + SCHEME + " password hash");
        }
        return new PasswordHash(encoded);
    }

    /** Compares in constant time, so the time taken does not tell how much of a guess was right. */
    public boolean matches(char[] password) {
        String[] parts = encoded.split("\\$");
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(password, salt, iterations));
    }

    public String encoded() {
        return encoded;
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public String toString() {
        return SCHEME + " hash";
    }
}
