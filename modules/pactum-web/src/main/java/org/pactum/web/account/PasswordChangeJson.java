package org.pactum.web.account;

/** A password change as the API takes it: the current password and the new one. */
public record PasswordChangeJson(String currentPassword, String newPassword) {
}
