package org.pactum.domain.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fired inside the transaction in which an administrator created or changed a user account, for the audit trail.
 *
 * @param action  one of the {@code user.*} actions an administrator takes
 * @param user    the account's username
 * @param details what the change was, as the audit event's details, in their order
 * @param actor   the administrator
 */
public record AccountRecorded(AuditAction action, String user, Map<String, Object> details, String actor) {

    public AccountRecorded {
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
