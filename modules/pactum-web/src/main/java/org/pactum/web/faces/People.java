package org.pactum.web.faces;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.pactum.domain.user.UserAccount;
import org.pactum.domain.user.UserAccounts;

/**
 * The names people know each other by, for the usernames that histories and discussions record. A page names the
 * same few people many times, so each is looked up once per request. A username without an account (the shipped
 * templates' "pactum") is shown as it is.
 */
@RequestScoped
public class People {

    @Inject
    UserAccounts accounts;

    private final Map<String, String> names = new HashMap<>();

    public String nameOf(String username) {
        if (username == null) {
            return "";
        }
        return names.computeIfAbsent(username,
                known -> accounts.find(known).map(UserAccount::displayName).orElse(known));
    }
}
