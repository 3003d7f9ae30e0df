package org.pactum.web.security;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.pactum.domain.audit.AccountRecorded;
import org.pactum.domain.user.PasswordChanged;
import org.pactum.domain.user.UserAccount;
import org.pactum.domain.user.UserAccounts;
import org.pactum.web.cluster.ClusterMaps;

/**
 * Which signed-in users still have a password an administrator set, asked on every request by
 * {@link PasswordChangeFilter}: each user's answer is read from the database once and kept in memory, in a map the
 * cluster's nodes share ({@link ClusterMaps}). An administrator's change to the account and the person's own new
 * password forget it, on every node, as soon as their transaction commits, so the next request reads the committed
 * flag; a rolled-back change forgets nothing it did not commit.
 */
@ApplicationScoped
public class PasswordChangeRequirement {

    private static final int MAX_ENTRIES = 10_000;

    @Inject
    UserAccounts accounts;

    @Inject
    ClusterMaps cluster;

    private ConcurrentMap<String, Boolean> required = new ConcurrentHashMap<>();
    /** Counts per user what was forgotten, so an answer read while a change committed is not kept. */
    private ConcurrentMap<String, Long> forgotten = new ConcurrentHashMap<>();

    @PostConstruct
    void share() {
        required = cluster.map("password-change-required", ConcurrentHashMap::new);
        forgotten = cluster.map("password-change-forgotten", ConcurrentHashMap::new);
    }

    /** Whether the user must change their password before doing anything else. */
    public boolean isRequired(String username) {
        Boolean known = required.get(username);
        if (known != null) {
            return known;
        }
        long before = forgotten.getOrDefault(username, 0L);
        boolean loaded = accounts.find(username).map(UserAccount::mustChangePassword).orElse(false);
        if (forgotten.getOrDefault(username, 0L) != before) {
            // A change committed while this was read: the answer may be older than it, so it is not kept.
            return loaded;
        }
        if (required.size() >= MAX_ENTRIES) {
            required.clear();
        }
        required.putIfAbsent(username, loaded);
        return loaded;
    }

    /** Forgets the user's answer; for a change outside the observed events. */
    public void forget(String username) {
        forgotten.merge(username, 1L, Long::sum);
        required.remove(username);
    }

    void accountChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountRecorded change) {
        forget(change.user());
    }

    void passwordChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasswordChanged change) {
        forget(change.username());
    }
}
