package org.pactum.web.account;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.user.PasswordChanged;
import org.pactum.domain.user.PasswordHash;
import org.pactum.domain.user.PasswordRules;
import org.pactum.domain.user.SignInAttempt;
import org.pactum.domain.user.UserAccount;
import org.pactum.domain.user.UserAccounts;
import org.pactum.web.security.HashingGate;
import org.pactum.web.security.SessionPolicy;
import org.pactum.web.security.SignInAnnouncements;
import org.pactum.web.security.SignInCheck;
import org.pactum.web.security.SignInLockedException;
import org.pactum.web.security.SignInOutcome;
import org.pactum.web.startup.Mode;

/**
 * A person changes their own password, giving the current one. The current password is checked as a sign-in is
 * (throttled: a wrong one counts towards a lock), the new one against the {@link PasswordRules} of the installation's
 * mode; afterwards the old password's cached credential is forgotten and the user's other page sessions end. A refusal
 * commits what was recorded meanwhile (the lock a wrong password started), having changed nothing else.
 */
@ApplicationScoped
public class Passwords {

    static final String CURRENT = "currentPassword";
    static final String NEW = "newPassword";

    @Inject
    UserAccounts accounts;

    @Inject
    SignInCheck check;

    @Inject
    HashingGate gate;

    @Inject
    SessionPolicy sessions;

    @Inject
    SignInAnnouncements announcements;

    @Inject
    Event<PasswordChanged> changes;

    @Inject
    @ConfigProperty(name = "pactum.mode", defaultValue = "production")
    String mode;

    private final Clock clock = Clock.systemUTC();

    /**
     * @throws InvalidInputException  naming {@code newPassword} when it breaks a rule, {@code currentPassword} when it
     *                                is not the current one
     * @throws SignInLockedException  while sign-ins as the user or from the address are locked
     * @throws org.pactum.domain.user.ManagedByDirectoryException when the directory keeps the user's password
     * @throws org.pactum.web.security.HashingBusyException when no hashing slot came free in time
     */
    @Transactional(dontRollbackOn = {InvalidInputException.class, SignInLockedException.class})
    public void change(String username, char[] current, char[] next, String address, SignInAttempt.Channel channel) {
        // Before the current password is checked: the directory's is not Pactum's to count wrong guesses of here.
        accounts.find(username).ifPresent(UserAccount::refusePasswordIfFromDirectory);
        rules().check(username, next, NEW);
        if (new String(current).equals(new String(next))) {
            throw new InvalidInputException(NEW, Rule.REPEATED, "is the current password");
        }
        SignInOutcome outcome = check.check(username, current, address);
        announcements.announceLocks(username, outcome, channel, address);
        switch (outcome.kind()) {
            case LOCKED -> throw new SignInLockedException(outcome);
            case WRONG -> throw new InvalidInputException(CURRENT, Rule.MISMATCH, "is not the current password");
            default -> {
                // signed in: go on
            }
        }
        UserAccount account = accounts.find(username).orElseThrow(() -> new NotFoundException("User", username));
        boolean replacedTemporary = account.mustChangePassword();
        account.changePassword(gate.run(() -> PasswordHash.of(next)));
        check.forget(username);
        sessions.passwordChanged(username);
        changes.fire(new PasswordChanged(username, channel, clock.instant(), replacedTemporary));
    }

    /**
     * The user's account if a service outside Pactum (the directory, the single sign-on service) keeps its password,
     * so that "My profile" offers no form to change it and names that service; empty if Pactum keeps it.
     */
    public Optional<UserAccount> keptOutside(String username) {
        return accounts.find(username).filter(UserAccount::isFromDirectory);
    }

    private PasswordRules rules() {
        return Mode.parse(mode) == Mode.PRODUCTION ? PasswordRules.production() : PasswordRules.demo();
    }
}
