package org.pactum.routing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.pactum.domain.language.Language;
import org.pactum.domain.user.PasswordHash;
import org.pactum.domain.user.Role;
import org.pactum.domain.user.UserAccount;
import org.pactum.domain.user.UserAccounts;
import org.pactum.routing.entity.MailRecipient;

/** An account's own address and language, and the setting that overrides the address. */
class MailRecipientsTest {

    private final MailRecipients recipients = new MailRecipients();

    @Test
    void the_accounts_address_and_language_are_used() {
        recipients.accounts = accounts(account("approver1", "approver1@pactum.example", Language.KK));
        recipients.config = config(Map.of());

        assertEquals(Optional.of(new MailRecipient("approver1@pactum.example", Language.KK)),
                recipients.find("approver1"));
    }

    @Test
    void the_setting_overrides_the_accounts_address_but_not_its_language() {
        recipients.accounts = accounts(account("approver1", "approver1@pactum.example", Language.EN));
        recipients.config = config(Map.of("pactum.mail.address.approver1", " legal@omskportal.example "));

        assertEquals(Optional.of(new MailRecipient("legal@omskportal.example", Language.EN)),
                recipients.find("approver1"));
    }

    @Test
    void without_either_address_nobody_is_mailed() {
        recipients.accounts = accounts(account("approver2", null, Language.RU));
        recipients.config = config(Map.of("pactum.mail.address.approver2", " "));

        assertEquals(Optional.empty(), recipients.find("approver2"));
        assertEquals(Optional.empty(), recipients.find("nobody"));
    }

    private static UserAccount account(String username, String email, Language language) {
        UserAccount account = new UserAccount(username, username, PasswordHash.of("demo".toCharArray()),
                Set.of(Role.APPROVER));
        account.changeContact(email, language);
        return account;
    }

    private static UserAccounts accounts(UserAccount... known) {
        return new UserAccounts() {
            @Override
            public Optional<UserAccount> find(String username) {
                return List.of(known).stream().filter(a -> a.username().equals(username)).findFirst();
            }

            @Override
            public List<UserAccount> all() {
                return List.of(known);
            }

            @Override
            public UserAccount add(UserAccount account) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** A configuration that answers getOptionalValue from the map, and nothing else. */
    private static Config config(Map<String, String> values) {
        return (Config) Proxy.newProxyInstance(Config.class.getClassLoader(), new Class<?>[] {Config.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("getOptionalValue")) {
                        return Optional.ofNullable(values.get((String) arguments[0]));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
