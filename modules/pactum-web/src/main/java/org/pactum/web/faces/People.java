package org.pactum.web.faces;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.pactum.domain.user.UserAccount;
import org.pactum.domain.user.UserAccounts;

/**
 * The names people know each other by, for the usernames that histories and discussions record. A page names the
 * same few people many times, so each is looked up once per request. The shipped templates' and clause library's
 * author "pactum" is named in the reader's words; any other username without an account is shown as it is.
 */
@RequestScoped
public class People {

    @Inject
    UserAccounts accounts;

    /** Who stored what Pactum ships with (TemplateCatalogue's author of the shipped versions). */
    private static final String SHIPPED_BY = "pactum";

    private final Map<String, String> names = new HashMap<>();

    public String nameOf(String username) {
        if (username == null) {
            return "";
        }
        return names.computeIfAbsent(username, known -> accounts.find(known).map(UserAccount::displayName)
                .orElseGet(() -> SHIPPED_BY.equals(known) ? PageMessages.text("people.shipped") : known));
    }
}
