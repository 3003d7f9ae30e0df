package org.pactum.domain.agreement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.party.Party;

/**
 * An agreement as a list shows it: everything but its wording. The registry reads these for its list and search so a
 * page of twenty agreements does not load and hash twenty wordings.
 *
 * @param registration null until approval
 * @param statusReason null unless one was given
 * @param contentHash  SHA-256 of the current revision's content, as {@link AgreementFingerprint} computed it when the
 *                     revision was saved
 * @param origin       null for a draft written from scratch
 */
public record AgreementSummary(long id, String number, Registration registration, AgreementKind kind,
                               AgreementStatus status, String statusReason, List<Language> languages,
                               LocalizedText title, List<Party> parties, Set<CooperationArea> areas, Term term,
                               String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, long version,
                               int revision, String contentHash, TemplateReference origin) {

    public AgreementSummary {
        languages = List.copyOf(languages);
        parties = List.copyOf(parties);
        areas = Set.copyOf(areas);
        title = title == null ? LocalizedText.empty() : title;
    }

    /** The summary of a loaded agreement; hashes its content. */
    public static AgreementSummary of(Agreement agreement) {
        return new AgreementSummary(agreement.id(), agreement.number(), agreement.registration().orElse(null),
                agreement.kind(), agreement.status(), agreement.statusReason().orElse(null), agreement.languages(),
                agreement.title(), agreement.parties(), agreement.areas(), agreement.term(), agreement.createdBy(),
                agreement.createdAt(), agreement.updatedBy(), agreement.updatedAt(), agreement.version(),
                agreement.revision(), AgreementFingerprint.of(agreement), agreement.origin().orElse(null));
    }

    public Optional<Registration> findRegistration() {
        return Optional.ofNullable(registration);
    }

    public Set<LifecycleAction> allowedActions() {
        return status.allowedActions();
    }

    /** The same summary naming another content hash: for agreements whose current revision was never stored. */
    public AgreementSummary withContentHash(String hash) {
        return new AgreementSummary(id, number, registration, kind, status, statusReason, languages, title, parties,
                areas, term, createdBy, createdAt, updatedBy, updatedAt, version, revision, hash, origin);
    }
}
