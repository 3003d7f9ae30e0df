package org.pactum.web.routing;

/** Hands a task to {@code to}, who will decide on behalf of the approver; the remark says why. */
public record DelegationInput(String to, String remark) {
}
