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

    public boolean isFinal() {
        return allowedActions().isEmpty();
    }

    public Set<LifecycleAction> allowedActions() {
        return Arrays.stream(LifecycleAction.values())
                .filter(action -> action.isAllowedFrom(this))
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(LifecycleAction.class)));
    }
}
