package org.pactum.web.problem;

import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.agreement.ConcurrentEditException;
import org.pactum.drafting.control.RevisionComparison;
import org.pactum.web.api.ChangesJson;

/**
 * The extension member of a 409 for a concurrent edit: which revision the editor saw, which is current, who changed
 * it, and what changed between the two, so the editor can merge their work instead of losing it or someone else's.
 *
 * @param yourRevision the revision the editor was looking at; absent when their version is unknown to the agreement
 * @param status       the agreement's status now: if it is no longer DRAFT, it cannot be edited at all
 * @param changes      from {@code yourRevision} to {@code currentRevision}; absent with {@code yourRevision}
 */
public record EditConflict(long yourVersion, long currentVersion, Integer yourRevision, int currentRevision,
                           AgreementStatus status, String changedBy, ChangesJson changes) {

    static EditConflict of(ConcurrentEditException edit) {
        return new EditConflict(edit.expected(), edit.actual(), edit.seen().map(seen -> seen.number()).orElse(null),
                edit.current().number(), edit.status(), edit.changedBy(),
                edit.seen().map(seen -> ChangesJson.of(new RevisionComparison().compare(seen, edit.current()))).orElse(null));
    }
}
