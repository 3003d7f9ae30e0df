package org.pactum.routing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.language.Language;
import org.pactum.domain.user.ContactChanged;
import org.pactum.domain.user.UserAccount;
import org.pactum.domain.user.UserAccounts;
import org.pactum.routing.entity.AccountProfile;

/**
 * Each person's own profile: the address their notifications are mailed to and the language they are written in.
 * Only the person changes it; every change is an audit event in the same transaction.
 */
@ApplicationScoped
@Transactional
public class AccountProfiles {

    @Inject
    UserAccounts accounts;

    @Inject
    Event<ContactChanged> changed;

    /** @throws NotFoundException when there is no such account */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountProfile get(String username) {
        return profile(account(username));
    }

    /**
     * @param email null or blank for none
     * @param language null for the installation's
     * @throws org.pactum.domain.error.InvalidInputException when the address is no address
     */
    public AccountProfile change(String username, String email, Language language) {
        UserAccount account = account(username);
        account.changeContact(email, language);
        changed.fire(new ContactChanged(username, username, account.findEmail().orElse(null),
                account.findLanguage().map(Language::code).orElse(null)));
        return profile(account);
    }

    private UserAccount account(String username) {
        return accounts.find(username).orElseThrow(() -> new NotFoundException("User", username));
    }

    private static AccountProfile profile(UserAccount account) {
        return new AccountProfile(account.username(), account.displayName(), account.findEmail().orElse(null),
                account.findLanguage().orElse(null));
    }
}
