package org.pactum.web.problem;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.pactum.drafting.boundary.MergedDraft;
import org.pactum.drafting.entity.MergedEdit;
import org.pactum.drafting.entity.Origin;

/**
 * The late save merged cell by cell with what was saved meanwhile, as a 409 offers it. Nothing is saved: when the two
 * edits do not overlap, {@code merged} is the body to {@code PUT} to save the merge; when they do, it is absent and
 * {@code conflicts} names the cells both sides changed differently.
 *
 * @param fromYours  cells whose value in the merge is the caller's change ({@code article.subject.text.kk}, {@code term.years}, …)
 * @param fromTheirs cells whose value is the change saved meanwhile
 * @param conflicts  cells both changed differently; {@code article.<key>} for an article added, removed or
 *                   reworded in a way that clashes, {@code articles} for their order
 * @param merged     present only when {@code clean}
 */
@JsonbPropertyOrder({"clean", "fromYours", "fromTheirs", "conflicts", "merged"})
public record MergeProposal(boolean clean, List<String> fromYours, List<String> fromTheirs, List<String> conflicts,
                            MergedAgreement merged) {

    static MergeProposal of(MergedDraft merged, long currentVersion) {
        MergedEdit merge = merged.merge();
        return new MergeProposal(merge.isClean(), merge.cellsFrom(Origin.YOURS), merge.cellsFrom(Origin.THEIRS),
                merge.conflicts(), merge.isClean() ? MergedAgreement.of(merged, currentVersion) : null);
    }
}
