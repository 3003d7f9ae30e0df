package org.pactum.web.users;

import jakarta.validation.constraints.NotNull;

/** @param password the temporary password the administrator hands to the person */
public record PasswordInput(@NotNull String password) {
}
