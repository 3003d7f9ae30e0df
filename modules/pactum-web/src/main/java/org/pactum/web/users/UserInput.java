package org.pactum.web.users;

import java.util.List;

import jakarta.validation.constraints.NotNull;

/**
 * An account's changed details, all given at once.
 *
 * @param version required unless If-Match is sent: the version the change is based on
 */
public record UserInput(@NotNull String displayName, String email, String language, @NotNull List<String> roles,
                        Long version) {

    AccountDetails toDetails() {
        return new AccountDetails(displayName, email, UserInputs.language(language), UserInputs.roles(roles));
    }
}
