package org.pactum.web.security.directory;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pactum.domain.user.Role;

/**
 * The settings {@code role.<ROLE>} that map an identity service's groups to Pactum's roles, read the same way for the
 * directory ({@code pactum.directory.}) and the OpenID Connect provider ({@code pactum.oidc.}): each role's groups
 * separated by semicolons, blanks around them ignored.
 */
public final class RoleGroupSettings {

    private RoleGroupSettings() {
    }

    /**
     * @param setting a setting's value by its name after the prefix, e.g. {@code role.DRAFTER}
     * @param group   a group from the setting's name and one group's text; throws for one that is malformed
     * @return the roles that have a setting, each with its groups
     */
    public static <G> Map<Role, Set<G>> read(Function<String, Optional<String>> setting, BiFunction<String, String, G> group) {
        Map<Role, Set<G>> roleGroups = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            String name = "role." + role.name();
            setting.apply(name).ifPresent(groups -> roleGroups.put(role, Arrays.stream(groups.split(";"))
                    .map(String::strip).filter(one -> !one.isEmpty())
                    .map(one -> group.apply(name, one)).collect(Collectors.toSet())));
        }
        return roleGroups;
    }
}
