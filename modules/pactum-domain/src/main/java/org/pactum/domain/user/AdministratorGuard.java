package org.pactum.domain.user;

import java.util.Collection;
import java.util.Set;

import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;

/**
 * Keeps an installation administrable: an administrator cannot deactivate themselves or take away their own ADMIN
 * role, and nobody can deactivate or take ADMIN from the last active administrator.
 */
public final class AdministratorGuard {

    private AdministratorGuard() {
    }

    /**
     * @param actor the administrator acting
     * @param all   every account, the target among them
     * @throws InvalidInputException naming {@code active} with {@link Rule#WRONG_STATE}
     */
    public static void mayDeactivate(String actor, UserAccount target, Collection<UserAccount> all) {
        if (target.username().equals(actor)) {
            throw new InvalidInputException("active", Rule.WRONG_STATE, "you cannot deactivate yourself");
        }
        if (isLastAdministrator(target, all)) {
            throw new InvalidInputException("active", Rule.WRONG_STATE, "is the last active administrator");
        }
    }

    /**
     * @throws InvalidInputException naming {@code roles} with {@link Rule#WRONG_STATE}
     */
    public static void mayChangeRoles(String actor, UserAccount target, Set<Role> newRoles, Collection<UserAccount> all) {
        if (newRoles == null || newRoles.contains(Role.ADMIN) || !target.roles().contains(Role.ADMIN)) {
            return;
        }
        if (target.username().equals(actor)) {
            throw new InvalidInputException("roles", Rule.WRONG_STATE, "you cannot take the ADMIN role from yourself");
        }
        if (isLastAdministrator(target, all)) {
            throw new InvalidInputException("roles", Rule.WRONG_STATE, "is the last active administrator");
        }
    }

    private static boolean isLastAdministrator(UserAccount target, Collection<UserAccount> all) {
        return target.isEnabled() && target.roles().contains(Role.ADMIN)
                && all.stream().noneMatch(other -> !other.equals(target) && other.isEnabled()
                && other.roles().contains(Role.ADMIN));
    }
}
