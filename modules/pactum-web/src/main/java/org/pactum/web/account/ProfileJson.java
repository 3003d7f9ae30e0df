package org.pactum.web.account;

import org.pactum.routing.entity.AccountProfile;

/**
 * The caller's profile as the API gives it and takes it.
 *
 * @param email    null for none
 * @param language {@code ru}, {@code kk} or {@code en}; null for the installation's
 */
public record ProfileJson(String username, String displayName, String email, String language) {

    static ProfileJson of(AccountProfile profile) {
        return new ProfileJson(profile.username(), profile.displayName(), profile.email(),
                profile.language() == null ? null : profile.language().code());
    }
}
