package org.pactum.web.users;

import jakarta.validation.constraints.NotNull;

/** @param active false deactivates the account, true lets it sign in again */
public record ActiveInput(@NotNull Boolean active) {
}
