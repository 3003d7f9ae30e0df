package org.pactum.web.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.pactum.domain.audit.AccountRecorded;
import org.pactum.domain.user.PasswordChanged;
import org.pactum.domain.user.UserAccount;
import org.pactum.domain.user.UserAccounts;

/**
 * Which signed-in users still have a password an administrator set, asked on every request by
 * {@link PasswordChangeFilter}: each user's answer is read from the database once and kept in memory. An
 * administrator's change to the account and the person's own new password forget it as soon as their transaction
 * commits, so the next request reads the committed flag; a rolled-back change forgets nothing it did not commit.
 */
@ApplicationScoped
public class PasswordChangeRequirement {

    private static final int MAX_ENTRIES = 10_000;

    @Inject
    UserAccounts accounts;

    private final Map<String, Boolean> required = new ConcurrentHashMap<>();
    /** Counts what was forgotten, so an answer read while a change committed is not kept. */
    private final AtomicLong forgotten = new AtomicLong();

    /** Whether the user must change their password before doing anything else. */
    public boolean isRequired(String username) {
        Boolean known = required.get(username);
        if (known != null) {
            return known;
        }
        long before = forgotten.get();
        boolean loaded = accounts.find(username).map(UserAccount::mustChangePassword).orElse(false);
        if (forgotten.get() != before) {
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
        forgotten.incrementAndGet();
        required.remove(username);
    }

    void accountChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountRecorded change) {
        forget(change.user());
    }

    void passwordChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasswordChanged change) {
        forget(change.username());
    }
}
