package org.pactum.web.users;

import java.util.List;

import jakarta.validation.constraints.NotNull;

/**
 * A new account as the API takes it.
 *
 * @param roles    role names: DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN
 * @param password the initial password, which the person should change on My profile
 */
public record NewUserInput(@NotNull String username, @NotNull String displayName, String email, String language,
                           @NotNull List<String> roles, @NotNull String password) {

    NewAccount toAccount() {
        return new NewAccount(username, displayName, email, UserInputs.language(language), UserInputs.roles(roles));
    }
}
