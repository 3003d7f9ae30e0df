package org.pactum.web.security;

import java.util.Optional;
import java.util.Set;

/** Checks a password with the slow hash: the caller's groups when it is right, empty when not. */
@FunctionalInterface
public interface PasswordVerifier {

    Optional<Set<String>> groupsOf(String username, char[] password);
}
