package org.pactum.drafting.boundary;

import org.pactum.drafting.entity.MergedEdit;
import org.pactum.registry.boundary.AgreementDraft;

/**
 * A late save merged with what was saved meanwhile, ready to save: the merged fields as a draft, and the merge itself
 * (the wording, whose change each cell holds, the conflicts).
 */
public record MergedDraft(AgreementDraft draft, MergedEdit merge) {
}
