package org.pactum.web.security.directory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pactum.domain.audit.AccountRecorded;
import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.user.AccountKeeper;
import org.pactum.domain.user.Role;
import org.pactum.domain.user.UserAccount;
import org.pactum.domain.user.UserAccounts;

/**
 * The local account of a person the directory signed in: made at the first sign-in, so that audit events, tasks,
 * notifications, signing parties and the administration pages have an account to name; brought in line with the
 * directory (name, mail, roles) at every later one. Both are audited ({@code user.created}, {@code user.changed}) with
 * {@code source: directory} (or {@code oidc} for the single sign-on service), the person as the actor. The account
 * records which of the two signed the person in last; a change of it is audited too.
 */
@ApplicationScoped
public class DirectoryAccounts {

    @Inject
    UserAccounts accounts;

    @Inject
    Event<AccountRecorded> recorded;

    public DirectoryAccounts() {
    }

    /** Outside a container, e.g. in tests. */
    public DirectoryAccounts(UserAccounts accounts, Event<AccountRecorded> recorded) {
        this.accounts = accounts;
        this.recorded = recorded;
    }

    /** @param person the directory's answer; at least one role */
    @Transactional
    public UserAccount signedIn(String username, DirectoryPerson person) {
        return signedIn(username, person, AccountKeeper.DIRECTORY);
    }

    /**
     * The same for a person another keeper of accounts vouched for (the single sign-on service), which the audit
     * trail names as the source.
     */
    @Transactional
    public UserAccount signedIn(String username, DirectoryPerson person, AccountKeeper keeper) {
        UserAccount account = accounts.find(username).orElse(null);
        if (account == null) {
            UserAccount made = UserAccount.keptBy(keeper, username, printableName(person.displayName(), username),
                    person.roles());
            changeMail(made, person);
            accounts.add(made);
            recorded.fire(new AccountRecorded(AuditAction.USER_CREATED, username, describe(made), username));
            return made;
        }
        Map<String, Object> before = describe(account);
        Set<Role> rolesBefore = account.roles();
        account.signedInThrough(keeper);
        account.rename(printableName(person.displayName(), account.displayName()));
        changeMail(account, person);
        account.changeRoles(person.roles());
        Map<String, Object> after = describe(account);
        if (!before.equals(after)) {
            if (!rolesBefore.equals(account.roles())) {
                after.put("rolesBefore", rolesBefore.stream().sorted().map(Role::name).toList());
            }
            recorded.fire(new AccountRecorded(AuditAction.USER_CHANGED, username, after, username));
        }
        return account;
    }

    /** The directory's name, unless Pactum could not print it (a control character, an emoji): then the fallback. */
    private static String printableName(String name, String fallback) {
        try {
            UserAccount.fromDirectory("probe", name, Set.of(Role.DRAFTER));
            return name;
        } catch (InvalidInputException unprintable) {
            return fallback;
        }
    }

    /** The directory's address replaces the one on the profile; with none, or one Pactum refuses, the profile's stays. */
    private static void changeMail(UserAccount account, DirectoryPerson person) {
        person.findEmail().filter(mail -> !Objects.equals(account.findEmail().orElse(null), mail)).ifPresent(mail -> {
            try {
                account.changeContact(mail, account.findLanguage().orElse(null));
            } catch (InvalidInputException refused) {
                // keep the address the profile has
            }
        });
    }

    /** The audit trail's name of the service that keeps the account. */
    public static String source(AccountKeeper keeper) {
        return keeper == AccountKeeper.SINGLE_SIGN_ON ? "oidc" : "directory";
    }

    /** The account as the audit trail records it; one from before schema V27 that has not signed in since: no source. */
    private static Map<String, Object> describe(UserAccount account) {
        Map<String, Object> details = new LinkedHashMap<>();
        account.findKeeper().ifPresent(keeper -> details.put("source", source(keeper)));
        details.put("displayName", account.displayName());
        details.put("email", account.findEmail().orElse("none"));
        details.put("roles", account.roles().stream().sorted().map(Role::name).toList());
        return details;
    }
}
