package org.pactum.domain.agreement;

import java.util.Optional;

import org.pactum.domain.error.StaleVersionException;

/**
 * Someone saved or moved the agreement after the editor loaded it. Carries both revisions, so the editor can be shown
 * exactly what changed instead of having their work, or the other person's, silently overwritten.
 */
public class ConcurrentEditException extends StaleVersionException {

    private final transient Revision seen;
    private final transient Revision current;
    private final AgreementStatus status;
    private final String changedBy;

    /**
     * @param seen    the revision the editor was looking at; empty if their version is unknown to the agreement
     * @param current the agreement's revision now
     */
    public ConcurrentEditException(Agreement agreement, long expected, Revision seen, Revision current) {
        super("Agreement " + agreement.number(), expected, agreement.version());
        this.seen = seen;
        this.current = current;
        this.status = agreement.status();
        this.changedBy = agreement.updatedBy();
    }

    public Optional<Revision> seen() {
        return Optional.ofNullable(seen);
    }

    public Revision current() {
        return current;
    }

    /** The agreement's status now: a draft someone else submitted can no longer be edited at all. */
    public AgreementStatus status() {
        return status;
    }

    /** Who made the latest change. */
    public String changedBy() {
        return changedBy;
    }
}
