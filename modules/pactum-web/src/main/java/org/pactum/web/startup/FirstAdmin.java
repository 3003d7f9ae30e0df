package org.pactum.web.startup;

import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.user.PasswordHash;
import org.pactum.domain.user.PasswordRules;
import org.pactum.domain.user.Role;
import org.pactum.domain.user.UserAccount;
import org.pactum.domain.user.UserAccounts;

/** A production installation starts with no users; the first administrator comes from configuration, once. */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());
    static final int MIN_PASSWORD_LENGTH = PasswordRules.MIN_LENGTH;

    @Inject
    UserAccounts accounts;

    @Inject
    @ConfigProperty(name = "pactum.admin.initial-password")
    Optional<String> initialPassword;

    @Transactional
    public void createIfNoUsers() {
        if (!accounts.all().isEmpty()) {
            return;
        }
        String password = initialPassword.filter(p -> !p.isBlank())
                .orElseThrow(() -> new IllegalStateException("A production installation without users needs "
                        + "PACTUM_ADMIN_INITIAL_PASSWORD (at least " + MIN_PASSWORD_LENGTH + " characters) for its first administrator"));
        try {
            PasswordRules.production().check("admin", password.toCharArray(), "PACTUM_ADMIN_INITIAL_PASSWORD");
        } catch (InvalidInputException weak) {
            throw new IllegalStateException("PACTUM_ADMIN_INITIAL_PASSWORD must have at least " + MIN_PASSWORD_LENGTH
                    + " characters, must not contain 'admin' and must not be a common password", weak);
        }
        accounts.add(new UserAccount("admin", "Administrator", PasswordHash.of(password.toCharArray()), Set.of(Role.ADMIN)));
        LOG.warning("Created the first administrator 'admin' from PACTUM_ADMIN_INITIAL_PASSWORD; change that password");
    }
}
