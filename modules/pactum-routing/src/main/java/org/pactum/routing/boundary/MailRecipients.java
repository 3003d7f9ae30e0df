package org.pactum.routing.boundary;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.Config;
import org.pactum.domain.language.Language;
import org.pactum.domain.user.UserAccount;
import org.pactum.domain.user.UserAccounts;
import org.pactum.routing.entity.MailRecipient;

/**
 * Where an account's notifications are mailed: the address on its profile, unless the setting
 * {@code pactum.mail.address.<account>} names another (kept from before accounts had addresses, and for an address
 * the operator must impose, such as a shared mailbox). The language is always the account's own.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MailRecipients {

    public static final String ADDRESS_PREFIX = "pactum.mail.address.";

    @Inject
    Config config;

    @Inject
    UserAccounts accounts;

    public Optional<MailRecipient> find(String username) {
        Optional<UserAccount> account = accounts.find(username);
        Language language = account.flatMap(UserAccount::findLanguage).orElse(null);
        return configured(username).or(() -> account.flatMap(UserAccount::findEmail))
                .map(address -> new MailRecipient(address, language));
    }

    private Optional<String> configured(String username) {
        return config.getOptionalValue(ADDRESS_PREFIX + username, String.class).map(String::strip)
                .filter(address -> !address.isEmpty());
    }
}
