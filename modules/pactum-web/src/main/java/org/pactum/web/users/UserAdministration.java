package org.pactum.web.users;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pactum.domain.audit.AccountRecorded;
import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.error.DuplicateException;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.error.StaleVersionException;
import org.pactum.domain.language.Language;
import org.pactum.domain.user.AdministratorGuard;
import org.pactum.domain.user.NameInDirectoryException;
import org.pactum.domain.user.PasswordHash;
import org.pactum.domain.user.PasswordRules;
import org.pactum.domain.user.Role;
import org.pactum.domain.user.SignInLocked;
import org.pactum.domain.user.SignInUnlocked;
import org.pactum.domain.user.UserAccount;
import org.pactum.domain.user.UserAccounts;
import org.pactum.web.security.HashingGate;
import org.pactum.web.security.SessionPolicy;
import org.pactum.web.security.SignInCheck;
import org.pactum.web.security.SignInLock;
import org.pactum.web.security.SignInThrottle;
import org.pactum.web.security.directory.DirectoryConfiguration;
import org.pactum.web.security.directory.LdapDirectory;
import org.pactum.web.startup.Mode;

/**
 * Administrators keep the user accounts. Every change is one audit event inside its transaction. A change that takes
 * something from a person (roles, the account itself, the password) also forgets their cached credential and ends
 * their page sessions at the next request, so it takes effect at once and not when the cache entry expires.
 */
@ApplicationScoped
@Transactional
public class UserAdministration {

    /** Where an initial or temporary password is named in errors. */
    public static final String PASSWORD = "password";

    @Inject
    UserAccounts accounts;

    @Inject
    SignInCheck check;

    @Inject
    SignInThrottle throttle;

    @Inject
    HashingGate gate;

    @Inject
    SessionPolicy sessions;

    @Inject
    DirectoryConfiguration directory;

    @Inject
    Event<AccountRecorded> recorded;

    @Inject
    Event<SignInUnlocked> unlocks;

    @Inject
    @ConfigProperty(name = "pactum.mode", defaultValue = "production")
    String mode;

    private final Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserAccount> all() {
        return accounts.all();
    }

    /** @throws NotFoundException when there is no such account */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UserAccount get(String username) {
        return accounts.find(username).orElseThrow(() -> new NotFoundException("User", username));
    }

    /** Whether sign-ins as the username are refused now after too many wrong passwords (on this server). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isSignInLocked(String username) {
        return throttle.locks(Integer.MAX_VALUE).stream().anyMatch(lock -> lock.scope() == SignInLocked.Scope.ACCOUNT
                && lock.subject().equals(username));
    }

    /**
     * With directory sign-in on, the directory is asked first whether it knows the username: a local account wins a
     * name both know at sign-in, so one made here would shut the directory's person out.
     *
     * @throws org.pactum.domain.error.InvalidInputException when a field or the password breaks a rule
     * @throws DuplicateException                            when the username is taken
     * @throws NameInDirectoryException                      when the directory knows the username
     * @throws org.pactum.web.security.directory.DirectoryUnavailableException when the directory could not be asked:
     *                                                       better no account now than one that may shadow a person
     */
    public UserAccount create(NewAccount draft, char[] password, String actor) {
        rules().check(draft.username(), password, PASSWORD);
        // Before the password is hashed, and before the database is read, so no connection waits for the directory.
        directory.findDirectory().ifPresent(ldap -> refuseNameOfDirectory(ldap, draft.username()));
        UserAccount account = new UserAccount(draft.username(), draft.displayName(),
                gate.run(() -> PasswordHash.of(password)), draft.roles());
        account.changeContact(draft.email(), draft.language());
        // The administrator knows the initial password: the person replaces it at the first sign-in.
        account.requirePasswordChange();
        accounts.add(account);
        Map<String, Object> details = describe(account);
        recorded.fire(new AccountRecorded(AuditAction.USER_CREATED, account.username(), details, actor));
        return account;
    }

    /**
     * Changes name, contact and roles in one go.
     *
     * @throws StaleVersionException when the account changed since {@code expectedVersion}
     * @throws org.pactum.domain.error.InvalidInputException naming {@code roles} when the change would leave no active
     *                                                       administrator, or take ADMIN from the actor
     * @throws org.pactum.domain.user.ManagedByDirectoryException when it would rename an account the directory keeps
     *                                                            or change its roles
     */
    public UserAccount change(String username, AccountDetails changed, long expectedVersion, String actor) {
        UserAccount account = get(username);
        if (account.version() != expectedVersion) {
            throw new StaleVersionException("User " + username, expectedVersion, account.version());
        }
        account.refuseOtherNameOrRolesIfFromDirectory(changed.displayName(), changed.roles());
        AdministratorGuard.mayChangeRoles(actor, account, changed.roles(), accounts.all());
        Set<Role> before = account.roles();
        account.rename(changed.displayName());
        account.changeContact(changed.email(), changed.language());
        account.changeRoles(changed.roles());
        Map<String, Object> details = describe(account);
        if (!before.equals(account.roles())) {
            details.put("rolesBefore", sorted(before));
            endSessions(username);
        }
        recorded.fire(new AccountRecorded(AuditAction.USER_CHANGED, username, details, actor));
        return account;
    }

    /**
     * A deactivated account cannot sign in; its cached credential is forgotten and its sessions end.
     *
     * @throws org.pactum.domain.error.InvalidInputException naming {@code active} for the actor's own account or the
     *                                                       last active administrator
     */
    public UserAccount deactivate(String username, String actor) {
        UserAccount account = get(username);
        if (!account.isEnabled()) {
            return account;
        }
        AdministratorGuard.mayDeactivate(actor, account, accounts.all());
        account.disable();
        endSessions(username);
        recorded.fire(new AccountRecorded(AuditAction.USER_DEACTIVATED, username, Map.of(), actor));
        return account;
    }

    public UserAccount reactivate(String username, String actor) {
        UserAccount account = get(username);
        if (account.isEnabled()) {
            return account;
        }
        account.enable();
        recorded.fire(new AccountRecorded(AuditAction.USER_REACTIVATED, username, Map.of(), actor));
        return account;
    }

    /**
     * Sets a temporary password the administrator hands over; the old one stops working at once, with every session,
     * and the person must choose their own at the next sign-in.
     *
     * @throws org.pactum.domain.error.InvalidInputException naming {@code password} when it breaks a rule
     * @throws org.pactum.domain.user.ManagedByDirectoryException for an account the directory keeps, before the
     *                                                            password is checked or hashed
     */
    public void resetPassword(String username, char[] password, String actor) {
        UserAccount account = get(username);
        account.refusePasswordIfFromDirectory();
        rules().check(username, password, PASSWORD);
        account.setTemporaryPassword(gate.run(() -> PasswordHash.of(password)));
        endSessions(username);
        recorded.fire(new AccountRecorded(AuditAction.USER_PASSWORD_RESET, username, Map.of(), actor));
    }

    /**
     * Ends the sign-in lock of the username before its time, as {@code DELETE /sign-in-locks/{username}} does, and
     * records it the same way ({@code user.sign-in-unlocked}).
     *
     * @return whether there was a lock
     */
    public boolean unlock(String username, String actor) {
        get(username);
        boolean wasLocked = throttle.unlockUsername(username);
        unlocks.fire(new SignInUnlocked(SignInLocked.Scope.ACCOUNT, username, wasLocked, actor, clock.instant()));
        return wasLocked;
    }

    /** The locks of this server as the sign-in locks resource lists them; for the page beside each account. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SignInLock> locks() {
        return throttle.locks(Integer.MAX_VALUE);
    }

    private void refuseNameOfDirectory(LdapDirectory ldap, String username) {
        // A malformed name is refused as such by the account; it could name nobody's account anyway.
        if (!UserAccount.isWellFormedUsername(username) || !ldap.knows(username)) {
            return;
        }
        if (accounts.find(username).isPresent()) {
            // An account of the name exists already (the directory person's own, or an older local one): say that.
            throw new DuplicateException("User", username);
        }
        throw new NameInDirectoryException(username);
    }

    private void endSessions(String username) {
        check.forget(username);
        sessions.passwordChanged(username);
    }

    private static Map<String, Object> describe(UserAccount account) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("displayName", account.displayName());
        details.put("email", account.findEmail().orElse("none"));
        details.put("language", account.findLanguage().map(Language::code).orElse("none"));
        details.put("roles", sorted(account.roles()));
        return details;
    }

    private static List<String> sorted(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).toList();
    }

    private PasswordRules rules() {
        return Mode.parse(mode) == Mode.PRODUCTION ? PasswordRules.production() : PasswordRules.demo();
    }
}
