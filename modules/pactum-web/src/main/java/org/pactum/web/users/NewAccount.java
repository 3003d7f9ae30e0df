package org.pactum.web.users;

import java.util.Set;

import org.pactum.domain.language.Language;
import org.pactum.domain.user.Role;

/**
 * What an administrator gives for a new account.
 *
 * @param email    null or blank for none
 * @param language null for the installation's
 */
public record NewAccount(String username, String displayName, String email, Language language, Set<Role> roles) {
}
