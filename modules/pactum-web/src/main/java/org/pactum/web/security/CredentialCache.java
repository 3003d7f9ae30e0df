package org.pactum.web.security;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers recently verified HTTP Basic credentials for a short time, so an API client does not pay the deliberately
 * slow password hash on every request. Only a keyed MAC of the password is kept, under a key that never leaves this
 * process, so each node has its own cache; a changed or disabled account is noticed at the latest when its entry
 * expires, a password changed through Pactum at once: on this node by {@link #forget}, on every node because an entry
 * older than the user's last password change (asked of the cluster, {@link SessionPolicy#passwordChangedAt}) does not
 * count. A wrong password leaves the entry alone: whoever guesses wrong for someone else must
 * not cost that person their cached credential.
 */
public final class CredentialCache {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry(byte[] mac, Set<String> groups, Instant remembered, Instant expires) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final CredentialFingerprint fingerprint = new CredentialFingerprint();
    private final Duration lifetime;
    private final Clock clock;
    private final Function<String, Optional<Instant>> passwordChangedAt;

    public CredentialCache(Duration lifetime, Clock clock) {
        this(lifetime, clock, username -> Optional.empty());
    }

    /** @param passwordChangedAt when a user's password last changed, on whichever node */
    public CredentialCache(Duration lifetime, Clock clock, Function<String, Optional<Instant>> passwordChangedAt) {
        this.lifetime = lifetime;
        this.clock = clock;
        this.passwordChangedAt = passwordChangedAt;
    }

    /** The groups of a caller whose exact credential was verified within the lifetime. */
    public Optional<Set<String>> groupsOf(String username, char[] password) {
        Entry entry = entries.get(username);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expires())
                || passwordChangedAt.apply(username).filter(changed -> !changed.isBefore(entry.remembered())).isPresent()) {
            entries.remove(username, entry);
            return Optional.empty();
        }
        return MessageDigest.isEqual(entry.mac(), mac(username, password)) ? Optional.of(entry.groups()) : Optional.empty();
    }

    public void remember(String username, char[] password, Set<String> groups) {
        if (lifetime.isZero()) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        Instant now = clock.instant();
        entries.put(username, new Entry(mac(username, password), Set.copyOf(groups), now, now.plus(lifetime)));
    }

    /** Forgets the user's credential, e.g. after their password changed. */
    public void forget(String username) {
        entries.remove(username);
    }

    private byte[] mac(String username, char[] password) {
        return fingerprint.of(username, password);
    }
}
