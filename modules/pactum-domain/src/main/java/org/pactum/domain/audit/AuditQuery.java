package org.pactum.domain.audit;

import java.time.Instant;

import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;

/**
 * Filters for reading the trail; all optional, all must hold.
 *
 * @param from inclusive
 * @param to   exclusive
 */
public record AuditQuery(Long agreementId, String actor, String action, Instant from, Instant to, int page, int size) {

    public static final int MAX_SIZE = 500;

    public AuditQuery {
        if (page < 0) {
            throw new InvalidInputException("page", Rule.OUT_OF_RANGE, "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", Rule.OUT_OF_RANGE, "must be between 1 and " + MAX_SIZE);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException("to", Rule.OUT_OF_RANGE, "must be after from");
        }
        actor = actor == null || actor.isBlank() ? null : actor.strip();
        action = action == null || action.isBlank() ? null : action.strip();
    }

    public static AuditQuery ofAgreement(long agreementId) {
        return new AuditQuery(agreementId, null, null, null, null, 0, MAX_SIZE);
    }
}
