package org.pactum.web.security;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import org.pactum.domain.user.UserAccount;
import org.pactum.domain.user.UserAccounts;

/** Checks a username and password against the user accounts in the database; roles become groups of the same name. */
@ApplicationScoped
public class PactumIdentityStore implements IdentityStore {

    @Inject
    UserAccounts accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return accounts.find(credential.getCaller())
                .filter(account -> account.authenticates(credential.getPassword().getValue()))
                .map(PactumIdentityStore::resultFor)
                .orElse(INVALID_RESULT);
    }

    private static CredentialValidationResult resultFor(UserAccount account) {
        return new CredentialValidationResult(account.username(),
                account.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
