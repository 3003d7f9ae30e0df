package org.pactum.domain.agreement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.error.StaleVersionException;
import org.pactum.domain.error.Violations;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.party.Party;
import org.pactum.domain.text.Wording;
import org.pactum.domain.printable.PrintableText;
import org.pactum.domain.printable.TextShape;

/**
 * An agreement between two or more parties, from first draft to signature. Its status changes only through
 * {@link #perform}, which refuses what the lifecycle does not allow; its content and wording change only while it is a
 * draft, and each change that alters them is a new {@linkplain #revision() revision}.
 */
public class Agreement {

    public static final int MAX_REASON_LENGTH = 2000;

    private Long id;
    private String number;
    private AgreementKind kind;
    private List<Language> languages = new ArrayList<>();
    private LocalizedText title;
    private List<Party> parties = new ArrayList<>();
    private Set<CooperationArea> areas = EnumSet.noneOf(CooperationArea.class);
    private Term term;
    private Wording wording;
    private int revision;
    private TemplateReference origin;
    private AgreementStatus status;
    private String statusReason;
    private Registration registration;
    private String createdBy;
    private Instant createdAt;
    private String updatedBy;
    private Instant updatedAt;
    private long version;

    protected Agreement() {
    }

    /**
     * A new draft under the registry's reference number: revision 1.
     *
     * @param origin the template version the wording was taken from; {@code null} for a draft written from scratch
     */
    public static Agreement draft(String number, AgreementContent content, Wording wording, TemplateReference origin,
                                  String author, Instant now) {
        validate(content, wording);
        Agreement agreement = new Agreement();
        agreement.number = Objects.requireNonNull(number, "number");
        agreement.status = AgreementStatus.DRAFT;
        agreement.origin = origin;
        agreement.createdBy = author;
        agreement.createdAt = now;
        agreement.revision = 1;
        agreement.apply(content, wording, author, now);
        return agreement;
    }

    /**
     * Replaces the content and wording of a draft; {@code expectedVersion} is the version the editor started from.
     *
     * @return whether anything changed: a save that changes nothing makes no new revision
     */
    public boolean revise(AgreementContent content, Wording wording, long expectedVersion, String editor, Instant now) {
        checkVersion(expectedVersion);
        if (!status.isEditable()) {
            throw new AgreementNotEditableException(status);
        }
        validate(content, wording);
        Wording kept = wording.in(content.languages());
        if (content.equals(content()) && kept.equals(this.wording)) {
            return false;
        }
        revision++;
        apply(content, kept, editor, now);
        return true;
    }

    private static void validate(AgreementContent content, Wording wording) {
        Objects.requireNonNull(wording, "wording");
        wording.checkCharacters("wording", wording.checkSizes("wording", content.check(new Violations()))).throwIfAny();
    }

    /**
     * Moves the agreement along its lifecycle.
     *
     * @param reason why; required for returning, rejecting and withdrawing, optional otherwise
     */
    public void perform(LifecycleAction action, long expectedVersion, String reason, String actor, Instant now) {
        checkVersion(expectedVersion);
        if (!action.isAllowedFrom(status)) {
            throw new IllegalTransitionException(status, action);
        }
        String cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
        if (action.needsReason() && cleanReason == null) {
            throw new InvalidInputException("reason", Rule.REQUIRED, "must say why the agreement is " + action.target().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (cleanReason != null && cleanReason.length() > MAX_REASON_LENGTH) {
            throw new InvalidInputException(List.of(new FieldError("reason", Rule.TOO_LONG,
                    "must be at most " + MAX_REASON_LENGTH + " characters", Integer.toString(MAX_REASON_LENGTH))));
        }
        PrintableText.require("reason", cleanReason, TextShape.PARAGRAPHS);
        if (action == LifecycleAction.SUBMIT) {
            wording().checkComplete("wording", languages(), new Violations()).throwIfAny();
        }
        this.status = action.target();
        this.statusReason = cleanReason;
        touch(actor, now);
    }

    /**
     * Enters the approved agreement in the register. The registry does this in the transaction that approves it, so
     * an approval that rolls back leaves neither the approval nor the number behind.
     *
     * @throws IllegalStateException when the agreement is not approved, is already registered, or is of another kind
     *                               than the registration: all mistakes of the caller, never of a user
     */
    public void register(Registration registration) {
        Objects.requireNonNull(registration, "registration");
        if (status != AgreementStatus.APPROVED) {
            throw new IllegalStateException("Agreement " + number + " is " + status + "; only an approved agreement is registered");
        }
        if (this.registration != null) {
            throw new IllegalStateException("Agreement " + number + " is already registered as " + this.registration.number()
                    + "; it cannot also become " + registration.number());
        }
        if (registration.kind() != kind) {
            throw new IllegalStateException("Agreement " + number + " is a " + kind + ", not a " + registration.kind());
        }
        this.registration = registration;
    }

    public Set<LifecycleAction> allowedActions() {
        return status.allowedActions();
    }

    private void checkVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new StaleVersionException("Agreement " + number, expectedVersion, version);
        }
    }

    private void apply(AgreementContent content, Wording wording, String editor, Instant now) {
        this.wording = wording.in(content.languages());
        this.kind = content.kind();
        this.languages = new ArrayList<>(content.languages());
        this.title = content.title();
        this.parties = new ArrayList<>(content.parties());
        this.areas = content.areas().isEmpty() ? EnumSet.noneOf(CooperationArea.class) : EnumSet.copyOf(content.areas());
        this.term = content.term();
        touch(editor, now);
    }

    private void touch(String actor, Instant now) {
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    public AgreementContent content() {
        return new AgreementContent(kind, languages(), title(), parties(), areas(), term);
    }

    public Long id() {
        return id;
    }

    /** The registry's reference number, given when the draft is created. */
    public String number() {
        return number;
    }

    public AgreementKind kind() {
        return kind;
    }

    /** The languages the agreement is written in; the first is the one it was drafted in. */
    public List<Language> languages() {
        return List.copyOf(languages);
    }

    public LocalizedText title() {
        return title == null ? LocalizedText.empty() : title;
    }

    public List<Party> parties() {
        return List.copyOf(parties);
    }

    public Set<CooperationArea> areas() {
        return areas.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(areas));
    }

    public Term term() {
        return term;
    }

    /** What the agreement says in words, with placeholders still to be filled from its fields. */
    public Wording wording() {
        return wording == null ? Wording.empty() : wording;
    }

    /** The number of the current revision of content and wording: 1 for a new draft, raised by each saved change. */
    public int revision() {
        return revision;
    }

    /** The template version the first draft was taken from, if it came from one. */
    public Optional<TemplateReference> origin() {
        return Optional.ofNullable(origin);
    }

    public AgreementStatus status() {
        return status;
    }

    /** Why it was last returned, rejected or withdrawn (or the note given with another action). */
    public Optional<String> statusReason() {
        return Optional.ofNullable(statusReason);
    }

    /** Its entry in the register of outgoing documents, given on approval; empty before. */
    public Optional<Registration> registration() {
        return Optional.ofNullable(registration);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Optimistic-locking version: every change increments it, and a change based on an older one is refused. */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Agreement that && id != null && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "Agreement " + number + " (" + status + ")";
    }
}
