package org.pactum.domain.user;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is acting and from where, as the web layer saw the request: the signed-in user's name and roles, and the
 * client's address. Start-up and background jobs, which have no request, act as {@link #NOBODY}.
 *
 * @param username null when no one is signed in
 * @param address  the client's IP address, or null without a request
 */
public record Actor(String username, Set<Role> roles, String address) {

    public static final Actor NOBODY = new Actor(null, Set.of(), null);

    public Actor {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** The roles by name, as security roles and the audit trail name them. */
    public Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }
}
