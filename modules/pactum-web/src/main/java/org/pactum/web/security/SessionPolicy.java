package org.pactum.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pactum.web.cluster.ClusterMaps;

/**
 * How long a signed-in page session lasts: it ends after {@code pactum.session.idle-timeout} without a request, after
 * {@code pactum.session.lifetime} whatever happens, and when its user's password changes in another session, on any
 * node: the times of password changes are kept in a map the cluster's nodes share ({@link ClusterMaps}), which the
 * credential cache of every node also asks.
 */
@ApplicationScoped
public class SessionPolicy {

    static final String SIGNED_IN_AT = "org.pactum.signedInAt";

    @Inject
    @ConfigProperty(name = "pactum.session.idle-timeout", defaultValue = "PT30M")
    Duration idleTimeout;

    @Inject
    @ConfigProperty(name = "pactum.session.lifetime", defaultValue = "PT12H")
    Duration lifetime;

    @Inject
    ClusterMaps cluster;

    Clock clock = Clock.systemUTC();

    /** When each user's password last changed, for the users whose password changed since the cluster started. */
    private ConcurrentMap<String, Instant> passwordChanges = new ConcurrentHashMap<>();

    @PostConstruct
    void share() {
        passwordChanges = cluster.map("password-changes", ConcurrentHashMap::new);
    }

    /** A session whose user just signed in, or just changed their password in it. */
    public void started(HttpSession session) {
        session.setMaxInactiveInterval((int) Math.min(Integer.MAX_VALUE, idleTimeout.toSeconds()));
        session.setAttribute(SIGNED_IN_AT, clock.instant());
    }

    /** Whether the session of {@code username} must end now; sessions from before this policy started are kept. */
    public boolean ended(HttpSession session, String username) {
        if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant signedIn)) {
            return false;
        }
        Instant changed = passwordChanges.get(username);
        return !clock.instant().isBefore(signedIn.plus(lifetime)) || changed != null && changed.isAfter(signedIn);
    }

    /** Ends every other session of the user at its next request. */
    public void passwordChanged(String username) {
        passwordChanges.put(username, clock.instant());
    }

    /** When the user's password last changed here or on another node, if it did since the cluster started. */
    public Optional<Instant> passwordChangedAt(String username) {
        return Optional.ofNullable(passwordChanges.get(username));
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
