package org.pactum.routing.boundary;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.pactum.domain.route.Approver;
import org.pactum.domain.route.ApproverDirectory;
import org.pactum.domain.route.ApproverGroups;
import org.pactum.domain.user.UserAccount;
import org.pactum.domain.user.UserAccounts;

/** Who a stage asks today: only active accounts, so a departed lawyer is never waited for. */
@ApplicationScoped
public class ApproverAccounts implements ApproverDirectory {

    @Inject
    UserAccounts accounts;

    @Inject
    ApproverGroups groups;

    @Override
    public Set<String> accountsOf(Approver approver) {
        Set<String> named = switch (approver.kind()) {
            case USER -> Set.of(approver.name());
            case GROUP -> groups.find(approver.name()).map(group -> group.members()).orElse(Set.of());
        };
        Set<String> active = new LinkedHashSet<>();
        named.stream().sorted().filter(this::isActive).forEach(active::add);
        return active;
    }

    private boolean isActive(String account) {
        return accounts.find(account).map(UserAccount::isEnabled).orElse(false);
    }
}
