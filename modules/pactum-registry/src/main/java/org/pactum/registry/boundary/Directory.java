package org.pactum.registry.boundary;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pactum.domain.error.Rule;
import org.pactum.domain.error.StaleVersionException;
import org.pactum.domain.error.Violations;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.party.Parties;
import org.pactum.domain.party.Party;
import org.pactum.domain.party.PartyDetails;
import org.pactum.domain.party.Region;
import org.pactum.domain.party.Regions;
import org.pactum.domain.signature.PartySigners;
import org.pactum.domain.user.Role;
import org.pactum.domain.user.UserAccount;
import org.pactum.domain.user.UserAccounts;

/** The directory agreements draw on: regions and the parties in them. */
@ApplicationScoped
@Transactional
public class Directory {

    @Inject
    Regions regions;

    @Inject
    Parties parties;

    @Inject
    PartySigners partySigners;

    @Inject
    UserAccounts accounts;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Region> regions() {
        return regions.all();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Region region(String code) {
        return regions.get(code);
    }

    public Region addRegion(String code, LocalizedText name) {
        return regions.add(new Region(code, name));
    }

    public Region renameRegion(String code, LocalizedText name, long expectedVersion) {
        Region region = regions.get(code);
        if (region.version() != expectedVersion) {
            throw new StaleVersionException("Region " + code, expectedVersion, region.version());
        }
        region.rename(name);
        return region;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Party> parties(String text, String regionCode) {
        return parties.search(text, regionCode);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Party party(long id) {
        return parties.get(id);
    }

    public Party addParty(PartyDraft draft) {
        return parties.add(new Party(detailsOf(draft)));
    }

    public Party reviseParty(long id, PartyDraft draft, long expectedVersion) {
        Party party = parties.get(id);
        party.revise(detailsOf(draft), expectedVersion);
        return party;
    }

    /** The user accounts entitled to sign for the party, in the order named. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> signersOf(long partyId) {
        parties.get(partyId);
        return partySigners.of(partyId);
    }

    /**
     * Names who may sign for the party, replacing whoever could before.
     *
     * @throws org.pactum.domain.error.InvalidInputException naming {@code signers[i]} for an unknown account, one
     *                                                       without the SIGNER role, or one named twice
     */
    public List<String> nameSigners(long partyId, List<String> usernames) {
        parties.get(partyId);
        List<String> named = usernames == null ? List.of() : usernames;
        Violations violations = new Violations();
        for (int i = 0; i < named.size(); i++) {
            String username = named.get(i);
            String field = "signers[" + i + "]";
            var account = username == null ? java.util.Optional.<UserAccount>empty() : accounts.find(username);
            violations.check(account.isPresent(), field, Rule.UNKNOWN, "no user account " + username)
                    .check(account.isEmpty() || account.get().roles().contains(Role.SIGNER), field, Rule.INVALID,
                            username + " does not have the SIGNER role")
                    .check(named.indexOf(username) == i, field, Rule.REPEATED, username + " is named twice");
        }
        violations.throwIfAny();
        partySigners.set(partyId, named);
        return List.copyOf(named);
    }

    private PartyDetails detailsOf(PartyDraft draft) {
        var region = regions.find(draft.regionCode());
        new Violations().check(region.isPresent(), "regionCode", Rule.UNKNOWN, "no region with code " + draft.regionCode()).throwIfAny();
        return new PartyDetails(draft.organization(), region.get(), draft.signatoryName(), draft.signatoryPosition());
    }
}
