package org.pactum.web.security.directory;

import java.util.Optional;
import java.util.Set;

import org.pactum.domain.user.Role;

/**
 * Someone the directory knows and whose password it accepted.
 *
 * @param entry       the person's entry (distinguished name), for the log
 * @param displayName the name to show: the entry's display name, else its common name, else the username
 * @param email       the entry's mail address, or null
 * @param roles       the Pactum roles the person's groups give; empty when none of them is mapped to a role
 */
public record DirectoryPerson(String entry, String displayName, String email, Set<Role> roles) {

    public DirectoryPerson {
        roles = Set.copyOf(roles);
    }

    public Optional<String> findEmail() {
        return Optional.ofNullable(email);
    }
}
