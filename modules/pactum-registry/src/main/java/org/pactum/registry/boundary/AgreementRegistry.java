package org.pactum.registry.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementContent;
import org.pactum.domain.agreement.AgreementQuery;
import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.agreement.AgreementSummary;
import org.pactum.domain.agreement.IllegalTransitionException;
import org.pactum.domain.agreement.Agreements;
import org.pactum.domain.agreement.ConcurrentEditException;
import org.pactum.domain.agreement.LifecycleAction;
import org.pactum.domain.agreement.Revision;
import org.pactum.domain.agreement.Revisions;
import org.pactum.domain.agreement.TemplateReference;
import org.pactum.domain.audit.AgreementRecorded;
import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.Rule;
import org.pactum.domain.error.Violations;
import org.pactum.domain.party.Parties;
import org.pactum.domain.party.Party;
import org.pactum.domain.query.ResultPage;
import org.pactum.domain.text.Wording;

/**
 * The registry of agreements: every change to an agreement goes through here, one transaction each, and is announced
 * as an {@link AgreementRecorded} event inside that transaction. Each change of content or wording is also kept as an
 * immutable {@link Revision}.
 * <p>
 * It is the only writer of agreements and revisions: no other class calls the writing methods of the
 * {@link Agreements} and {@link Revisions} ports or the aggregate's {@code revise}, {@code perform} and
 * {@code register}, so no change escapes its revision or the audit trail. Other capabilities (drafting, demo data)
 * change agreements by calling this class; pactum-web's ArchitectureTest checks it.
 */
@ApplicationScoped
@Transactional
public class AgreementRegistry {

    /** Reference numbers read like {@code PA-2026-00017}: registry prefix, year of creation, counter. */
    static final String NUMBER_FORMAT = "PA-%d-%05d";

    @Inject
    Agreements agreements;

    @Inject
    Parties parties;

    @Inject
    Revisions revisions;

    @Inject
    RegistrationNumbers registrationNumbers;

    @Inject
    Event<AgreementRecorded> recorded;

    /** Microseconds: what PostgreSQL and H2 timestamps keep, so a returned time equals the stored one. */
    Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    /**
     * Enters a new draft, with its first revision.
     *
     * @param origin the template version the wording comes from, or {@code null}
     */
    public Agreement create(AgreementDraft draft, Wording wording, TemplateReference origin, String author) {
        AgreementContent content = contentOf(draft);
        Instant now = clock.instant();
        String number = String.format(NUMBER_FORMAT, now.atZone(ZoneOffset.UTC).getYear(), agreements.nextNumber());
        Agreement agreement = agreements.add(Agreement.draft(number, content, wording, origin, author, now));
        return saveRevision(AuditAction.AGREEMENT_CREATED, agreement, author);
    }

    /**
     * Saves a draft's new content and wording as its next revision; a save that changes nothing records nothing.
     *
     * @param wording the new wording, or {@code null} to keep the current one
     * @throws ConcurrentEditException when the agreement changed since {@code expectedVersion}; it names both
     *                                 revisions, so the editor can be shown what changed
     */
    public Agreement revise(long id, AgreementDraft draft, Wording wording, long expectedVersion, String editor) {
        Agreement agreement = agreements.get(id);
        if (agreement.version() != expectedVersion) {
            // An agreement stored before revisions existed has none yet: its current state stands in for it.
            Revision current = revisions.find(id, agreement.revision()).orElseGet(() -> Revision.of(agreement));
            throw new ConcurrentEditException(agreement, expectedVersion,
                    revisions.asOf(id, expectedVersion).orElse(null), current);
        }
        boolean changed = agreement.revise(contentOf(draft), wording == null ? agreement.wording() : wording,
                expectedVersion, editor, clock.instant());
        return changed ? saveRevision(AuditAction.AGREEMENT_EDITED, agreement, editor) : agreement;
    }

    private Agreement saveRevision(AuditAction action, Agreement agreement, String actor) {
        agreements.flush();
        revisions.add(Revision.of(agreement));
        return announce(action, agreement, agreement.status(), actor, null);
    }

    /**
     * A step a person takes directly: reworking a returned draft, withdrawing.
     *
     * @throws IllegalTransitionException for the steps signatures take ({@link LifecycleAction#followsSignatures()})
     *                                    and those the approval route takes ({@link LifecycleAction#followsRoute()})
     */
    public Agreement perform(long id, LifecycleAction action, long expectedVersion, String reason, String actor) {
        Agreement agreement = agreements.get(id);
        if (action.followsSignatures() || action.followsRoute()) {
            throw new IllegalTransitionException(agreement.status(), action);
        }
        return step(agreement, action, expectedVersion, reason, actor);
    }

    /**
     * A step the approval route takes, in the transaction that records the decision behind it. Approving also
     * registers the agreement: it gets its registration number and date in the same transaction.
     *
     * @throws IllegalTransitionException for any step the route does not take
     */
    public Agreement routed(long id, LifecycleAction action, long expectedVersion, String reason, String actor) {
        Agreement agreement = agreements.get(id);
        if (!action.followsRoute()) {
            throw new IllegalTransitionException(agreement.status(), action);
        }
        return step(agreement, action, expectedVersion, reason, actor);
    }

    /**
     * Moves the agreement on once its {@code signatureCount}-th signature is kept, in the transaction that keeps it:
     * SIGNING after the first, SIGNED once every party has signed. The signature is recorded by the signing
     * capability; this records what it did to the agreement.
     */
    public Agreement signed(long id, int signatureCount, String signer) {
        Agreement agreement = agreements.get(id);
        if (agreement.status() == AgreementStatus.APPROVED) {
            agreement = step(agreement, LifecycleAction.START_SIGNING, agreement.version(), null, signer);
        }
        if (signatureCount >= agreement.parties().size() && agreement.status() == AgreementStatus.SIGNING) {
            agreement = step(agreement, LifecycleAction.COMPLETE_SIGNING, agreement.version(), null, signer);
        }
        return agreement;
    }

    private Agreement step(Agreement agreement, LifecycleAction action, long expectedVersion, String reason, String actor) {
        AgreementStatus before = agreement.status();
        Instant now = clock.instant();
        agreement.perform(action, expectedVersion, reason, actor, now);
        if (action == LifecycleAction.APPROVE) {
            agreement.register(registrationNumbers.register(agreement.kind(), now));
        }
        return announce(AuditAction.of(action), agreement, before, actor, agreement.statusReason().orElse(null));
    }

    /** Writes the change, then tells the listeners (the audit trail) within the same transaction. */
    private Agreement announce(AuditAction action, Agreement agreement, AgreementStatus before, String actor, String reason) {
        agreements.flush();
        recorded.fire(new AgreementRecorded(action, agreement, before, actor, reason));
        return agreement;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Agreement get(long id) {
        return agreements.get(id);
    }

    /** The agreement's revisions, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Revision> revisions(long id) {
        agreements.get(id);
        return revisions.of(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Revision revision(long id, int number) {
        agreements.get(id);
        return revisions.get(id, number);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<Agreement> search(AgreementQuery query) {
        return agreements.search(query);
    }

    /** The same page as {@link #search} without the wordings, for lists. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<AgreementSummary> summaries(AgreementQuery query) {
        return agreements.summaries(query);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return agreements.count();
    }

    /**
     * The content the draft describes, with its parties resolved and every rule checked, without storing anything.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AgreementContent resolve(AgreementDraft draft) {
        AgreementContent content = contentOf(draft);
        content.validate();
        return content;
    }

    /** Resolves the parties named by id; unknown ids are input errors of that position, not "not found". */
    private AgreementContent contentOf(AgreementDraft draft) {
        List<Long> partyIds = draft.partyIds() == null ? List.of() : draft.partyIds();
        List<Party> resolved = new ArrayList<>();
        Violations violations = new Violations();
        for (int i = 0; i < partyIds.size(); i++) {
            Long partyId = partyIds.get(i);
            var party = partyId == null ? java.util.Optional.<Party>empty() : parties.find(partyId);
            party.ifPresent(resolved::add);
            if (party.isEmpty()) {
                violations.add(new FieldError("partyIds[" + i + "]", partyId == null ? Rule.REQUIRED : Rule.UNKNOWN,
                        "no party with id " + partyId, String.valueOf(partyId)));
            }
        }
        violations.throwIfAny();
        return new AgreementContent(draft.kind(), draft.languages(), draft.title(), resolved, draft.areas(), draft.term());
    }
}
