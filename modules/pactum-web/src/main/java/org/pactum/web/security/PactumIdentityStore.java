package org.pactum.web.security;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import org.pactum.domain.user.PasswordHash;
import org.pactum.domain.user.UserAccount;
import org.pactum.domain.user.UserAccounts;

/**
 * Checks a username and password against the user accounts in the database; roles become groups of the same name.
 * An unknown or disabled user costs the same hash as a real one (against a stand-in hash of the same work factor),
 * so the time an answer takes does not tell which usernames exist.
 */
@ApplicationScoped
public class PactumIdentityStore implements IdentityStore, PasswordVerifier {

    @Inject
    UserAccounts accounts;

    /** A hash of a random password nobody knows, made as every stored hash is made (once, when first needed). */
    private static final class StandIn {
        static final PasswordHash HASH = PasswordHash.of(randomPassword());
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        return groupsOf(username, credential.getPassword().getValue())
                .map(groups -> new CredentialValidationResult(username, groups))
                .orElse(INVALID_RESULT);
    }

    @Override
    public Optional<Set<String>> groupsOf(String username, char[] password) {
        Optional<UserAccount> account = accounts.find(username).filter(UserAccount::isEnabled);
        if (account.isEmpty()) {
            StandIn.HASH.matches(password);
            return Optional.empty();
        }
        return account.filter(found -> found.authenticates(password)).map(PactumIdentityStore::groupsOf);
    }

    private static Set<String> groupsOf(UserAccount account) {
        return account.roles().stream().map(Enum::name).collect(Collectors.toSet());
    }

    private static char[] randomPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random).toCharArray();
    }
}
