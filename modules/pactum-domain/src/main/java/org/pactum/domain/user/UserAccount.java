package org.pactum.domain.user;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.pactum.domain.error.Rule;
import org.pactum.domain.error.Violations;
import org.pactum.domain.language.Language;
import org.pactum.domain.printable.PrintableText;
import org.pactum.domain.printable.TextShape;

/** A person who signs in to Pactum. */
public class UserAccount {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");

    private String username;
    private String displayName;
    private String passwordHash;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private boolean enabled;
    private boolean passwordTemporary;
    private boolean fromDirectory;
    private AccountKeeper keptBy;
    private String email;
    private Language language;
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, PasswordHash password, Set<Role> roles) {
        this(username, displayName, password.encoded(), roles);
    }

    private UserAccount(String username, String displayName, String passwordHash, Set<Role> roles) {
        Violations violations = new Violations()
                .check(username != null && USERNAME.matcher(username).matches(), "username", Rule.MALFORMED,
                        "must be 2-64 lower-case letters, digits, dots, dashes or underscores, starting with a letter")
                .check(displayName != null && !displayName.isBlank(), "displayName", Rule.REQUIRED, "must not be blank")
                .check(roles != null && !roles.isEmpty(), "roles", Rule.REQUIRED, "must name at least one role");
        PrintableText.check(violations, "displayName", displayName, TextShape.LINE).throwIfAny();
        this.username = username;
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.enabled = true;
    }

    /**
     * The account of a person the directory (LDAP) knows, made at their first sign-in so that their acts, tasks and
     * signatures have an account to name: no password of its own (the directory checks it), roles as the directory's
     * groups give them ({@link #changeRoles} at every sign-in).
     */
    public static UserAccount fromDirectory(String username, String displayName, Set<Role> roles) {
        return keptBy(AccountKeeper.DIRECTORY, username, displayName, roles);
    }

    /** The same for a person another keeper of accounts vouched for, e.g. the single sign-on service. */
    public static UserAccount keptBy(AccountKeeper keeper, String username, String displayName, Set<Role> roles) {
        UserAccount account = new UserAccount(username, displayName, (String) null, roles);
        account.fromDirectory = true;
        account.keptBy = Objects.requireNonNull(keeper, "keeper");
        return account;
    }

    /** Whether a name could be an account's: 2-64 lower-case letters, digits, dots, dashes or underscores. */
    public static boolean isWellFormedUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    /**
     * Whether the directory or the single sign-on service keeps this account's password and roles, rather than
     * Pactum (the name is older than the single sign-on service).
     */
    public boolean isFromDirectory() {
        return fromDirectory;
    }

    /**
     * The service the person last signed in through; empty for Pactum's own accounts, and for one kept outside that
     * has not signed in since Pactum began to record it (schema V27).
     */
    public Optional<AccountKeeper> findKeeper() {
        return Optional.ofNullable(keptBy);
    }

    /**
     * Records the service that has just signed the person in, whose name and roles the account now has.
     *
     * @throws IllegalStateException for one of Pactum's own accounts, which no other service may sign in
     */
    public void signedInThrough(AccountKeeper keeper) {
        if (!fromDirectory) {
            throw new IllegalStateException(username + " is one of Pactum's own accounts");
        }
        this.keptBy = Objects.requireNonNull(keeper, "keeper");
    }

    /**
     * Whether the password is this user's; a disabled user, one without a password of its own, and one the directory
     * keeps never authenticate here. The last even with a hash left from before Pactum refused one (schema V26 clears
     * those): directory sign-in turned off must not open the directory's accounts with a password an administrator knows.
     */
    public boolean authenticates(char[] password) {
        return enabled && !fromDirectory && passwordHash != null && PasswordHash.parse(passwordHash).matches(password);
    }

    /**
     * The person's own new password; one an administrator set before stops being temporary.
     *
     * @throws ManagedByDirectoryException for an account the directory keeps
     */
    public void changePassword(PasswordHash newPassword) {
        refusePasswordIfFromDirectory();
        this.passwordHash = newPassword.encoded();
        this.passwordTemporary = false;
    }

    /**
     * A password an administrator set and handed over: the person must replace it with their own at the next sign-in,
     * since someone else knows it.
     *
     * @throws ManagedByDirectoryException for an account the directory keeps
     */
    public void setTemporaryPassword(PasswordHash temporary) {
        refusePasswordIfFromDirectory();
        this.passwordHash = temporary.encoded();
        this.passwordTemporary = true;
    }

    /** Marks the current password as an administrator's, e.g. the initial password of an account just created. */
    public void requirePasswordChange() {
        this.passwordTemporary = true;
    }

    /**
     * Refuses a password for an account the directory keeps: the directory is asked at every sign-in, so Pactum's would
     * do nothing while the directory is configured, and would sign the person in once it no longer is.
     *
     * @throws ManagedByDirectoryException for an account the directory keeps
     */
    public void refusePasswordIfFromDirectory() {
        if (fromDirectory) {
            throw ManagedByDirectoryException.password(username);
        }
    }

    /**
     * Refuses an administrator's new name or roles for an account the directory keeps: its next sign-in would put the
     * directory's back. The name and roles it has pass, so a form that changes only the address or language saves.
     *
     * @param newDisplayName null or blank: not compared (the rules for names refuse it)
     * @param newRoles       null or empty: not compared (the rules for roles refuse it)
     * @throws ManagedByDirectoryException for an account the directory keeps whose name or roles would change
     */
    public void refuseOtherNameOrRolesIfFromDirectory(String newDisplayName, Set<Role> newRoles) {
        boolean renamed = newDisplayName != null && !newDisplayName.isBlank() && !newDisplayName.strip().equals(displayName);
        boolean otherRoles = newRoles != null && !newRoles.isEmpty() && !Set.copyOf(newRoles).equals(roles());
        if (fromDirectory && (renamed || otherRoles)) {
            throw ManagedByDirectoryException.nameAndRoles(username);
        }
    }

    /** Whether the password was set by an administrator and must be changed before anything else is done. */
    public boolean mustChangePassword() {
        // The directory checks its accounts' passwords; one set here before Pactum refused it is never asked for.
        return passwordTemporary && !fromDirectory;
    }

    /**
     * Where the person is mailed and the language Pactum writes to them in; either may be null (no mail; the
     * installation's language).
     *
     * @param email an address as {@link EmailAddress} accepts it, or null or blank for none
     */
    public void changeContact(String email, Language language) {
        this.email = EmailAddress.checked("email", email).orElse(null);
        this.language = language;
    }

    public Optional<String> findEmail() {
        return Optional.ofNullable(email);
    }

    public Optional<Language> findLanguage() {
        return Optional.ofNullable(language);
    }

    public void disable() {
        this.enabled = false;
    }

    /** Lets a disabled account sign in again, with the password it had. */
    public void enable() {
        this.enabled = true;
    }

    /** What the person may do from now on; at least one role. */
    public void changeRoles(Set<Role> newRoles) {
        new Violations().check(newRoles != null && !newRoles.isEmpty(), "roles", Rule.REQUIRED,
                "must name at least one role").throwIfAny();
        this.roles = EnumSet.copyOf(newRoles);
    }

    /** The name the person is shown by. */
    public void rename(String newDisplayName) {
        Violations violations = new Violations().check(newDisplayName != null && !newDisplayName.isBlank(),
                "displayName", Rule.REQUIRED, "must not be blank");
        PrintableText.check(violations, "displayName", newDisplayName, TextShape.LINE).throwIfAny();
        this.displayName = newDisplayName.strip();
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : Set.copyOf(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserAccount that && Objects.equals(username, that.username);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(username);
    }

    @Override
    public String toString() {
        return "UserAccount " + username + " " + roles;
    }
}
