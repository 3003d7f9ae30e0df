package org.pactum.web.security;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers recently verified HTTP Basic credentials for a short time, so an API client does not pay the deliberately
 * slow password hash on every request. Only a keyed MAC of the password is kept, under a key that never leaves this
 * process; a changed or disabled account is noticed at the latest when its entry expires, a password changed through
 * Pactum at once ({@link #forget}). A wrong password leaves the entry alone: whoever guesses wrong for someone else must
 * not cost that person their cached credential.
 */
public final class CredentialCache {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry(byte[] mac, Set<String> groups, Instant expires) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final CredentialFingerprint fingerprint = new CredentialFingerprint();
    private final Duration lifetime;
    private final Clock clock;

    public CredentialCache(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** The groups of a caller whose exact credential was verified within the lifetime. */
    public Optional<Set<String>> groupsOf(String username, char[] password) {
        Entry entry = entries.get(username);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expires())) {
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
        entries.put(username, new Entry(mac(username, password), Set.copyOf(groups), clock.instant().plus(lifetime)));
    }

    /** Forgets the user's credential, e.g. after their password changed. */
    public void forget(String username) {
        entries.remove(username);
    }

    private byte[] mac(String username, char[] password) {
        return fingerprint.of(username, password);
    }
}
