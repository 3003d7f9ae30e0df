package org.pactum.web.registry;

/**
 * The body of a lifecycle action.
 *
 * @param reason  why; required to return, reject or withdraw
 * @param version the version the action is based on (or send it as {@code If-Match})
 */
public record ActionInput(String reason, Long version) {
}
