package org.pactum.web.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

/**
 * The signed-in caller of a page session as session attributes (plain strings), which travel with the session to
 * another node of the cluster; the container keeps its own principal only in the node that signed in.
 */
record SessionCaller(String username, Set<String> groups) {

    static final String USERNAME = "org.pactum.caller";
    static final String GROUPS = "org.pactum.callerGroups";

    static void keep(HttpSession session, String username, Set<String> groups) {
        session.setAttribute(USERNAME, username);
        session.setAttribute(GROUPS, String.join(",", groups));
    }

    static Optional<SessionCaller> of(HttpSession session) {
        if (session == null || !(session.getAttribute(USERNAME) instanceof String username)
                || !(session.getAttribute(GROUPS) instanceof String groups)) {
            return Optional.empty();
        }
        return Optional.of(new SessionCaller(username,
                Set.copyOf(Arrays.stream(groups.split(",")).filter(group -> !group.isBlank()).toList())));
    }
}
