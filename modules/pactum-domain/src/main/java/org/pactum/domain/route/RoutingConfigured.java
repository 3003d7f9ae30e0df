package org.pactum.domain.route;

import java.util.Map;

/**
 * Fired when an administrator changes how approval works — a route, a group of approvers, an absence — in the
 * transaction that changes it.
 *
 * @param what    {@code route}, {@code group} or {@code absence}
 * @param details what changed, as the audit trail keeps it
 */
public record RoutingConfigured(String what, String actor, Map<String, Object> details) {
}
