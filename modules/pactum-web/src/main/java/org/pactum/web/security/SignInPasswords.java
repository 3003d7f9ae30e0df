package org.pactum.web.security;

import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.pactum.domain.user.UserAccount;
import org.pactum.domain.user.UserAccounts;
import org.pactum.web.security.directory.DirectoryAccounts;
import org.pactum.web.security.directory.DirectoryConfiguration;
import org.pactum.web.security.directory.DirectoryPerson;
import org.pactum.web.security.directory.LdapDirectory;

/**
 * Decides who checks a sign-in's password: Pactum's own accounts, or the directory when one is configured. A username
 * that is an account of Pactum's own is always Pactum's (the local account wins: nobody becomes {@code admin} by
 * having that name in the directory); an account marked as the directory's, and a username Pactum does not know, are
 * the directory's. A directory account disabled in Pactum stays refused whatever the directory says. The directory's
 * groups give the roles at every sign-in, and the local account follows them ({@link DirectoryAccounts}).
 */
@ApplicationScoped
public class SignInPasswords implements PasswordVerifier {

    private static final Logger LOG = Logger.getLogger(SignInPasswords.class.getName());

    @Inject
    PactumIdentityStore local;

    @Inject
    UserAccounts accounts;

    @Inject
    DirectoryConfiguration directory;

    @Inject
    DirectoryAccounts directoryAccounts;

    /**
     * @throws org.pactum.web.security.directory.DirectoryUnavailableException when the directory had to be asked and
     *                                                                         did not answer
     * @throws NoRoleException when the directory accepted the password but its groups give no role
     */
    @Override
    public Optional<Set<String>> groupsOf(String username, char[] password) {
        Optional<LdapDirectory> ldap = directory.findDirectory();
        if (ldap.isEmpty()) {
            return local.groupsOf(username, password);
        }
        Optional<UserAccount> account = accounts.find(username);
        if (account.isPresent() && !account.get().isFromDirectory()) {
            return local.groupsOf(username, password);
        }
        if (account.isPresent() && !account.get().isEnabled() || !UserAccount.isWellFormedUsername(username)) {
            return Optional.empty();
        }
        Optional<DirectoryPerson> person = ldap.get().signIn(username, password);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        if (person.get().roles().isEmpty()) {
            LOG.info(() -> "directory sign-in: " + person.get().entry() + " is in none of the groups that give a role");
            throw new NoRoleException(username);
        }
        return Optional.of(directoryAccounts.signedIn(username, person.get()).roles().stream().map(Enum::name)
                .collect(Collectors.toSet()));
    }
}
