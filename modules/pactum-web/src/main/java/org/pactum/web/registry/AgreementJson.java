package org.pactum.web.registry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.agreement.AgreementSummary;
import org.pactum.domain.agreement.CooperationArea;
import org.pactum.domain.agreement.LifecycleAction;
import org.pactum.domain.language.Language;
import org.pactum.web.directory.PartyJson;
import org.pactum.web.json.LocalizedJson;
import org.pactum.web.json.WordingJson;

/**
 * @param number         the registry's reference number, given when the draft is created
 * @param registration   the registration number and date, given on approval; absent before
 * @param allowedActions what the lifecycle allows next (path segments under the agreement), whoever may do it
 * @param revision       the number of the current revision of fields and wording
 * @param contentHash    SHA-256 of the current revision's content (see docs/audit.md), as the audit trail names it
 * @param template       the template and version the draft started from, e.g. {@code cooperation-agreement/2}
 * @param wording        the wording, placeholders unfilled; only when one agreement is read, not in lists
 */
public record AgreementJson(long id, String number, RegistrationJson registration, AgreementKind kind,
                            AgreementStatus status, String statusReason,
                            List<String> languages, Map<String, String> title, List<PartyJson> parties,
                            Set<CooperationArea> areas, TermJson term, List<String> allowedActions, String createdBy,
                            Instant createdAt, String updatedBy, Instant updatedAt, long version,
                            int revision, String contentHash, String template, WordingJson wording) {

    /** With its wording: one agreement read on its own. */
    static AgreementJson withWording(Agreement agreement) {
        AgreementJson summary = of(agreement);
        return new AgreementJson(summary.id, summary.number, summary.registration, summary.kind, summary.status,
                summary.statusReason, summary.languages, summary.title, summary.parties, summary.areas, summary.term,
                summary.allowedActions, summary.createdBy, summary.createdAt, summary.updatedBy, summary.updatedAt,
                summary.version, summary.revision, summary.contentHash, summary.template, WordingJson.of(agreement.wording()));
    }

    static AgreementJson of(Agreement agreement) {
        return of(AgreementSummary.of(agreement));
    }

    /** As a list shows it: without the wording. */
    static AgreementJson of(AgreementSummary agreement) {
        return new AgreementJson(agreement.id(), agreement.number(),
                agreement.findRegistration().map(RegistrationJson::of).orElse(null), agreement.kind(),
                agreement.status(), agreement.statusReason(),
                agreement.languages().stream().map(Language::code).toList(),
                LocalizedJson.of(agreement.title()),
                agreement.parties().stream().map(PartyJson::of).toList(),
                new TreeSet<>(agreement.areas()),
                TermJson.of(agreement.term()),
                agreement.allowedActions().stream().map(LifecycleAction::slug).toList(),
                agreement.createdBy(), agreement.createdAt(), agreement.updatedBy(), agreement.updatedAt(),
                agreement.version(), agreement.revision(), agreement.contentHash(),
                agreement.origin() == null ? null : agreement.origin().id() + "/" + agreement.origin().version(), null);
    }
}
