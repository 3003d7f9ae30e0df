package org.pactum.web.agreement;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.agreement.LifecycleAction;
import org.pactum.domain.user.Role;

/**
 * Who may take which step of the lifecycle, as the REST API enforces it: drafters (and administrators) move their
 * drafts, approvers decide. Signing has no button here: signatures move the agreement on (see the signing page).
 * The page offers a button only when both the status and the role allow it.
 */
public final class LifecycleRoles {

    private static final Map<LifecycleAction, Set<Role>> WHO_MAY = new EnumMap<>(Map.of(
            LifecycleAction.SUBMIT, Set.of(Role.DRAFTER, Role.ADMIN),
            LifecycleAction.REWORK, Set.of(Role.DRAFTER, Role.ADMIN),
            LifecycleAction.WITHDRAW, Set.of(Role.DRAFTER, Role.ADMIN),
            LifecycleAction.APPROVE, Set.of(Role.APPROVER),
            LifecycleAction.RETURN, Set.of(Role.APPROVER),
            LifecycleAction.REJECT, Set.of(Role.APPROVER)));

    private LifecycleRoles() {
    }

    public static Set<Role> whoMay(LifecycleAction action) {
        return WHO_MAY.getOrDefault(action, Set.of());
    }

    /** The actions, in lifecycle order, that an agreement in this status allows a caller with these roles. */
    public static List<LifecycleAction> actionsFor(AgreementStatus status, Predicate<Role> callerIsIn) {
        return status.allowedActions().stream()
                .filter(action -> whoMay(action).stream().anyMatch(callerIsIn))
                .toList();
    }
}
