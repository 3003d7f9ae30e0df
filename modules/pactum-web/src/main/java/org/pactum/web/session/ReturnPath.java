package org.pactum.web.session;

import java.util.Optional;

/**
 * Where to go after signing in. Only a path inside this application is followed: anything that a browser could read
 * as another host ({@code //evil.example}, {@code /\evil.example}) or that carries control characters is dropped,
 * so the login page cannot be used to send a user elsewhere.
 */
public final class ReturnPath {

    public static final String DEFAULT = "/registry/agreements.xhtml";

    private ReturnPath() {
    }

    /** The given path if it is safely local, else empty. */
    public static Optional<String> local(String next) {
        if (next == null || next.length() < 2 || next.charAt(0) != '/') {
            return Optional.empty();
        }
        char second = next.charAt(1);
        if (second == '/' || second == '\\') {
            return Optional.empty();
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return Optional.empty();
            }
        }
        return Optional.of(next);
    }

    /** The given path if it is safely local, else the registry. */
    public static String orDefault(String next) {
        return local(next).orElse(DEFAULT);
    }
}
