package org.pactum.web.routing;

/**
 * One approver's decision.
 *
 * @param decision APPROVE, RETURN or REJECT
 * @param remark   why (required to return or reject), or a remark with an approval
 * @param revision the revision the approver read; another than the route's is refused with 409
 */
public record DecisionInput(String decision, String remark, Integer revision) {
}
