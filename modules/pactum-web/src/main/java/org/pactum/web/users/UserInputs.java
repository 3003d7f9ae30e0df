package org.pactum.web.users;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.error.Violations;
import org.pactum.domain.language.Language;
import org.pactum.domain.user.Role;

/** Role names and language codes as the users' API takes them, refused by field when they name nothing. */
final class UserInputs {

    private UserInputs() {
    }

    static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Violations violations = new Violations();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Role role = null;
            for (Role candidate : Role.values()) {
                if (candidate.name().equals(name)) {
                    role = candidate;
                }
            }
            violations.check(role != null, "roles[" + i + "]", Rule.UNKNOWN,
                    "is not a role; use DRAFTER, APPROVER, SIGNER, AUDITOR or ADMIN");
            if (role != null) {
                roles.add(role);
            }
        }
        violations.throwIfAny();
        return roles;
    }

    /** @return null for none given: the installation's language */
    static Language language(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return Language.fromCode(code).orElseThrow(() -> new InvalidInputException("language", Rule.UNKNOWN,
                "is not a language; use ru, kk or en"));
    }
}
