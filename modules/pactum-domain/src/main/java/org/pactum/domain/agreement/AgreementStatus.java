package org.pactum.domain.agreement;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Where an agreement stands. Only {@link #DRAFT} may be edited; SIGNED, REJECTED and WITHDRAWN are final. */
public enum AgreementStatus {
    DRAFT,
    IN_APPROVAL,
    RETURNED,
    APPROVED,
    SIGNING,
    SIGNED,
    REJECTED,
    WITHDRAWN;

    public boolean isEditable() {
        return this == DRAFT;
    }

    /**
     * Whether the wording is the one the parties sign: from approval on, while the agreement goes on to be signed.
     * Earlier statuses, and agreements stopped before signing, print as drafts.
     */
    public boolean textIsFinal() {
        return this == APPROVED || this == SIGNING || this == SIGNED;
    }

    public boolean isFinal() {
        return allowedActions().isEmpty() && !awaitsSignatures();
    }

    /** Whether the agreement awaits (more) signatures: approved, or signed by some parties but not all. */
    public boolean awaitsSignatures() {
        return this == APPROVED || this == SIGNING;
    }

    /** The steps a person may take from here; signing's own steps are not among them. */
    public Set<LifecycleAction> allowedActions() {
        return Arrays.stream(LifecycleAction.values())
                .filter(action -> action.isAllowedFrom(this) && !action.followsSignatures())
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(LifecycleAction.class)));
    }
}
