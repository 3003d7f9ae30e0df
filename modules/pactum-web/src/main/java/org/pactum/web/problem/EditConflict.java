package org.pactum.web.problem;

import java.util.Optional;

import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.agreement.ConcurrentEditException;
import org.pactum.drafting.entity.Changes;
import org.pactum.drafting.boundary.MergedDraft;
import org.pactum.web.json.ChangesJson;

/**
 * The extension member of a 409 for a concurrent edit: which revision the editor saw, which is current, who changed
 * it, and what changed between the two, so the editor can merge their work instead of losing it or someone else's.
 *
 * @param yourRevision the revision the editor was looking at; absent when their version is unknown to the agreement
 * @param status       the agreement's status now: if it is no longer DRAFT, it cannot be edited at all
 * @param changes      from {@code yourRevision} to {@code currentRevision}; absent with {@code yourRevision}
 * @param changedByYou whether every save since {@code yourRevision} was the caller's own (another tab or client);
 *                     absent where no merge was tried
 * @param merge        the save merged with the changes, for a save of an agreement's content while it is a draft
 */
public record EditConflict(long yourVersion, long currentVersion, Integer yourRevision, int currentRevision,
                           AgreementStatus status, String changedBy, ChangesJson changes, Boolean changedByYou,
                           MergeProposal merge) {

    /** @param changes from the revision the editor saw to the current one; empty when the former is unknown */
    static EditConflict of(ConcurrentEditException edit, Optional<Changes> changes) {
        return new EditConflict(edit.expected(), edit.actual(), edit.seen().map(seen -> seen.number()).orElse(null),
                edit.current().number(), edit.status(), edit.changedBy(), changes.map(ChangesJson::of).orElse(null), null, null);
    }

    /**
     * The 409 of a late save of a draft's content, with the save merged into what was saved meanwhile.
     *
     * @param merged empty when the agreement cannot name the revision the caller started from
     * @param caller who sent the late save
     */
    public static Problem problem(ConcurrentEditException edit, Optional<Changes> changes, Optional<MergedDraft> merged, String caller) {
        EditConflict plain = of(edit, changes);
        boolean editable = edit.status() == AgreementStatus.DRAFT;
        return ProblemMapping.problemFor(edit).withConflict(new EditConflict(plain.yourVersion, plain.currentVersion,
                plain.yourRevision, plain.currentRevision, plain.status, plain.changedBy, plain.changes,
                merged.map(found -> found.merge().isFromAnotherTabOf(caller)).orElse(null),
                merged.filter(found -> editable).map(found -> MergeProposal.of(found, edit.actual())).orElse(null)));
    }
}
