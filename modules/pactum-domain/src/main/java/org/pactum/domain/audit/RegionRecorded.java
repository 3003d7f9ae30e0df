package org.pactum.domain.audit;

import org.pactum.domain.party.Region;

/**
 * Fired inside the transaction that added or renamed a region, for the audit trail.
 *
 * @param action {@link AuditAction#REGION_ADDED} or {@link AuditAction#REGION_RENAMED}
 * @param region the region as it is now
 * @param actor  who made the change
 */
public record RegionRecorded(AuditAction action, Region region, String actor) {
}
