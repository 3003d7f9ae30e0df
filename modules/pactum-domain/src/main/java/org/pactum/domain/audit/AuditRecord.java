package org.pactum.domain.audit;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What happened, as the part of the system that saw it describes it; the audit trail adds sequence, time and hashes.
 *
 * @param agreementVersion the version the agreement has after the change, when an agreement is the target
 * @param contentHash      SHA-256 of the agreement's canonical content after the change (hex), when there is one
 * @param details          action-specific facts; values must be strings, integers, booleans, null, lists or maps
 */
public record AuditRecord(AuditAction action, String actor, Set<String> actorRoles, Long agreementId, Long agreementVersion,
                          String contentHash, Map<String, Object> details, String clientAddress) {

    public AuditRecord {
        actorRoles = actorRoles == null ? Set.of() : Set.copyOf(actorRoles);
        // Not Map.copyOf: a detail may be null (e.g. no first broken sequence), and null is hashed as JSON null.
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
    }

    /** Roles as hashed: sorted, comma-separated. */
    public String rolesText() {
        return String.join(",", new TreeSet<>(actorRoles));
    }
}
