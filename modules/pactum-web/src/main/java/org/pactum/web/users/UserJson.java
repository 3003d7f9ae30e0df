package org.pactum.web.users;

import java.util.List;

import org.pactum.domain.language.Language;
import org.pactum.domain.user.Role;
import org.pactum.domain.user.UserAccount;

/**
 * A user account as administrators read it; never its password.
 *
 * @param email         null for none
 * @param language      {@code ru}, {@code kk} or {@code en}; null for the installation's
 * @param active        false once deactivated: the account cannot sign in
 * @param signInLocked  whether sign-ins as this username are refused now after too many wrong passwords (this server)
 * @param signsFor      the ids of the parties the user signs for
 * @param fromDirectory whether the directory (LDAP) or the single sign-on service keeps the account: it checks the
 *                      password and gives the name and roles at every sign-in, so Pactum changes none of them
 * @param keptBy        {@code DIRECTORY} or {@code SINGLE_SIGN_ON}, the one the person last signed in through; null
 *                      (left out of the JSON) for Pactum's own accounts and when not known (kept outside since before
 *                      schema V27)
 */
public record UserJson(String username, String displayName, String email, String language, List<String> roles,
                       boolean active, boolean signInLocked, List<Long> signsFor, boolean fromDirectory, String keptBy,
                       long version) {

    static UserJson of(UserAccount account, boolean signInLocked, List<Long> signsFor) {
        return new UserJson(account.username(), account.displayName(), account.findEmail().orElse(null),
                account.findLanguage().map(Language::code).orElse(null),
                account.roles().stream().sorted().map(Role::name).toList(), account.isEnabled(), signInLocked, signsFor,
                account.isFromDirectory(), account.findKeeper().map(Enum::name).orElse(null), account.version());
    }
}
