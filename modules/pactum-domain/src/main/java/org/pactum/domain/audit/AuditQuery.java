package org.pactum.domain.audit;

import java.time.Instant;

import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.query.Pages;

/**
 * Filters for reading the trail; all optional, all must hold.
 *
 * @param from        inclusive
 * @param to          exclusive
 * @param newestFirst the latest event first, as people read a trail; false for the order recorded, as a chain is
 *                    recomputed
 */
public record AuditQuery(Long agreementId, String actor, String action, Instant from, Instant to, int page, int size,
                         boolean newestFirst) {

    public static final int MAX_SIZE = 500;

    public AuditQuery {
        Pages.check(page, size, MAX_SIZE);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException("to", Rule.OUT_OF_RANGE, "must be after from");
        }
        actor = actor == null || actor.isBlank() ? null : actor.strip();
        action = action == null || action.isBlank() ? null : action.strip();
    }

    /** In the order recorded. */
    public AuditQuery(Long agreementId, String actor, String action, Instant from, Instant to, int page, int size) {
        this(agreementId, actor, action, from, to, page, size, false);
    }

    /** The same filters and order, another page. */
    public AuditQuery page(int other) {
        return new AuditQuery(agreementId, actor, action, from, to, other, size, newestFirst);
    }

    /** The same filters and order, pages of another size. */
    public AuditQuery withSize(int other) {
        return new AuditQuery(agreementId, actor, action, from, to, page, other, newestFirst);
    }

    public int offset() {
        return Pages.offset(page, size);
    }

    public static AuditQuery ofAgreement(long agreementId) {
        return new AuditQuery(agreementId, null, null, null, null, 0, MAX_SIZE);
    }
}
