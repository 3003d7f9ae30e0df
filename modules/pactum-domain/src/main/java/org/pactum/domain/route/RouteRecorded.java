package org.pactum.domain.route;

import java.util.Map;

/**
 * Fired by routing inside the transaction that changes a route, after it is written, so the audit trail records the
 * step together with it or not at all.
 *
 * @param contentHash the content hash of the revision the route is on
 * @param details     what the trail keeps of the step: stage, decision, remark, on whose behalf, …
 */
public record RouteRecorded(RouteStep step, long agreementId, Long agreementVersion, String contentHash, String actor,
                            Map<String, Object> details) {
}
