package org.pactum.web.problem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.CooperationArea;
import org.pactum.domain.agreement.Term;
import org.pactum.domain.language.Language;
import org.pactum.drafting.boundary.MergedDraft;
import org.pactum.web.json.LocalizedJson;
import org.pactum.web.json.WordingJson;

/**
 * A merged draft in the shape of the body of {@code PUT /agreements/{id}}, with the version it is based on: the client
 * sends it back as it is (or after a look) to save the merge.
 */
public record MergedAgreement(AgreementKind kind, List<String> languages, Map<String, String> title, List<Long> partyIds,
                              Set<CooperationArea> areas, MergedTerm term, long version, WordingJson wording) {

    /** @param startsOn absent when the agreement takes effect on the day of the last signature */
    public record MergedTerm(LocalDate startsOn, int years, boolean autoRenewal) {

        static MergedTerm of(Term term) {
            return term == null ? null : new MergedTerm(term.startsOn().orElse(null), term.years(), term.autoRenewal());
        }
    }

    static MergedAgreement of(MergedDraft merged, long currentVersion) {
        var draft = merged.draft();
        return new MergedAgreement(draft.kind(),
                draft.languages() == null ? List.of() : draft.languages().stream().map(Language::code).toList(),
                LocalizedJson.of(draft.title()), draft.partyIds(), new TreeSet<>(draft.areas()), MergedTerm.of(draft.term()),
                currentVersion, WordingJson.of(merged.merge().wording()));
    }
}
