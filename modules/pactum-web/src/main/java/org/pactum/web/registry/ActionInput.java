package org.pactum.web.registry;

/**
 * The body of a lifecycle action.
 *
 * @param reason  why; required to return, reject or withdraw (the remark of a decision on the route)
 * @param version the version the action is based on (or send it as {@code If-Match})
 * @param route   on submission: the route chosen among those the agreement's kind allows; absent for its default
 */
public record ActionInput(String reason, Long version, String route) {
}
