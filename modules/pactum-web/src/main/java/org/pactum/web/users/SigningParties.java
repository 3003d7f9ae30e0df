package org.pactum.web.users;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pactum.domain.audit.AccountRecorded;
import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.error.Violations;
import org.pactum.domain.party.Parties;
import org.pactum.domain.party.Party;
import org.pactum.domain.signature.PartySigners;
import org.pactum.domain.user.Role;
import org.pactum.domain.user.UserAccount;
import org.pactum.domain.user.UserAccounts;

/**
 * Which parties a person signs for: the same lists as each party's signers ({@code PUT /parties/{id}/signers}), read
 * and changed from the person's side. Naming them is one audit event, {@code user.signing-parties-named}; a party the
 * person is added to gets them after its signers named before, so the order the party chose stays.
 */
@ApplicationScoped
@Transactional
public class SigningParties {

    @Inject
    UserAccounts accounts;

    @Inject
    Parties parties;

    @Inject
    PartySigners signers;

    @Inject
    Event<AccountRecorded> recorded;

    /** The ids of the parties the user signs for, in id order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> of(String username) {
        return parties.search(null, null).stream().filter(party -> signers.of(party.id()).contains(username))
                .map(Party::id).sorted().toList();
    }

    /** Every party, by id, for choosing among. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Party> all() {
        return parties.search(null, null).stream().sorted(Comparator.comparing(Party::id)).toList();
    }

    /**
     * Makes the user a signer of exactly these parties.
     *
     * @throws org.pactum.domain.error.InvalidInputException naming {@code parties[i]} for an unknown or repeated party,
     *                                                       {@code parties} when the user lacks the SIGNER role
     * @throws org.pactum.domain.error.NotFoundException     when there is no such user
     */
    public List<Long> name(String username, List<Long> partyIds, String actor) {
        UserAccount account = accounts.find(username)
                .orElseThrow(() -> new NotFoundException("User", username));
        List<Long> named = partyIds == null ? List.of() : partyIds;
        Violations violations = new Violations().check(named.isEmpty() || account.roles().contains(Role.SIGNER),
                "parties", Rule.INVALID, username + " does not have the SIGNER role");
        for (int i = 0; i < named.size(); i++) {
            Long id = named.get(i);
            violations.check(id != null && parties.find(id).isPresent(), "parties[" + i + "]", Rule.UNKNOWN,
                            "no party " + id)
                    .check(named.indexOf(id) == i, "parties[" + i + "]", Rule.REPEATED, "party " + id + " is named twice");
        }
        violations.throwIfAny();
        Set<Long> wanted = new LinkedHashSet<>(named);
        for (Party party : parties.search(null, null)) {
            List<String> current = signers.of(party.id());
            boolean signs = current.contains(username);
            if (signs != wanted.contains(party.id())) {
                List<String> next = new ArrayList<>(current);
                if (signs) {
                    next.remove(username);
                } else {
                    next.add(username);
                }
                signers.set(party.id(), next);
            }
        }
        List<Long> result = of(username);
        recorded.fire(new AccountRecorded(AuditAction.USER_SIGNING_PARTIES_NAMED, username, Map.of("parties", result),
                actor));
        return result;
    }
}
