package org.pactum.web.users;

import java.util.Set;

import org.pactum.domain.language.Language;
import org.pactum.domain.user.Role;

/**
 * An account's details as an administrator changes them, all at once.
 *
 * @param email    null or blank for none
 * @param language null for the installation's
 */
public record AccountDetails(String displayName, String email, Language language, Set<Role> roles) {
}
