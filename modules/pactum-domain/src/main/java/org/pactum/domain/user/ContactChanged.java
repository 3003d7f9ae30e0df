package org.pactum.domain.user;

/**
 * Someone changed where an account is mailed or the language Pactum writes to it in: an event for the audit trail.
 *
 * @param email    the address now, or null for none
 * @param language the language's code now, or null for the installation's
 */
public record ContactChanged(String actor, String username, String email, String language) {
}
