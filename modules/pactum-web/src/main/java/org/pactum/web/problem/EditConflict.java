package org.pactum.web.problem;

import java.util.Optional;

import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.agreement.ConcurrentEditException;
import org.pactum.drafting.entity.Changes;
import org.pactum.web.json.ChangesJson;

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

    /** @param changes from the revision the editor saw to the current one; empty when the former is unknown */
    static EditConflict of(ConcurrentEditException edit, Optional<Changes> changes) {
        return new EditConflict(edit.expected(), edit.actual(), edit.seen().map(seen -> seen.number()).orElse(null),
                edit.current().number(), edit.status(), edit.changedBy(), changes.map(ChangesJson::of).orElse(null));
    }
}
