package org.pactum.registry.boundary;

import java.util.List;
import java.util.Set;

import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.CooperationArea;
import org.pactum.domain.agreement.Term;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;

/** What a drafter submits to create or edit an agreement: parties by their directory id. */
public record AgreementDraft(AgreementKind kind, List<Language> languages, LocalizedText title, List<Long> partyIds,
                             Set<CooperationArea> areas, Term term) {
}
