package org.pactum.web.audit;

import jakarta.json.bind.annotation.JsonbNillable;

import org.pactum.domain.audit.AuditEvent;

/**
 * An audit event exactly as it was hashed: {@code occurredAt} in the hashed format and {@code details} as the canonical
 * JSON text, so a client can recompute {@code hash} from these fields alone (docs/audit.md). Null fields are written
 * as JSON null, not left out: they are part of what was hashed.
 */
@JsonbNillable
public record AuditEventJson(long sequence, String occurredAt, String actor, String actorRoles, String action,
                             Long agreementId, Long agreementVersion, String contentHash, String details,
                             String clientAddress, String previousHash, String hash) {

    static AuditEventJson of(AuditEvent event) {
        return new AuditEventJson(event.sequence(), AuditEvent.TIME.format(event.occurredAt()), event.actor(), event.actorRoles(),
                event.action(), event.agreementId(), event.agreementVersion(), event.contentHash(), event.details(),
                event.clientAddress(), event.previousHash(), event.hash());
    }
}
