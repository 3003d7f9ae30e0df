package org.pactum.audit.entity;

import java.time.Instant;

/**
 * One step of an agreement's way through approval as its audit event records it: submitted, approved, returned,
 * rejected, reworked or withdrawn, or one approver's decision or delegation on the route — by whom, when, and over
 * which revision and content.
 *
 * @param sequence     the sequence of the event that records it
 * @param action       the event's action code, e.g. {@code agreement.approved}
 * @param actor        who decided (the account name)
 * @param occurredAt   when
 * @param revision     the revision decided on, or null when the event predates recording it
 * @param contentHash  the agreement's fingerprint at that moment
 * @param from         the status before
 * @param to           the status after
 * @param reason       the reason or remark given, or null
 * @param decision     on a route: APPROVE, RETURN or REJECT; null for the lifecycle's own steps and delegations
 * @param stage        on a route: the stage's place, from 1; else null
 * @param onBehalfOf   on a route: whom the actor decided or delegated for, or null
 */
public record ApprovalDecision(long sequence, String action, String actor, Instant occurredAt, Integer revision,
                               String contentHash, String from, String to, String reason, String decision,
                               Integer stage, String onBehalfOf) {
}
