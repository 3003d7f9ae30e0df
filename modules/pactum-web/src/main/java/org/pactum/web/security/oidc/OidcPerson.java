package org.pactum.web.security.oidc;

import java.util.List;
import java.util.Optional;

/**
 * Whom the provider's ID token names, once it passed every check.
 *
 * @param subject     the provider's identifier of the person ({@code sub}), for the log
 * @param username    the username claim's value; not yet checked as a Pactum username
 * @param displayName {@code name}, else given and family name, else null
 * @param email       {@code email} unless the provider says it is not verified, else null
 * @param groups      the groups claim's values
 * @param idToken     the ID token as the provider signed it, kept in the session only to sign out at the provider
 *                    ({@code id_token_hint}); null where no token was read
 */
public record OidcPerson(String subject, String username, String displayName, String email, List<String> groups,
                         String idToken) {

    public OidcPerson {
        groups = List.copyOf(groups);
    }

    public Optional<String> findDisplayName() {
        return Optional.ofNullable(displayName);
    }
}
