package org.pactum.registry.boundary;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.audit.PartyRecorded;
import org.pactum.domain.audit.RegionRecorded;
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

/**
 * The directory agreements draw on: regions and the parties in them. Every change is announced ({@link RegionRecorded},
 * {@link PartyRecorded}) inside its transaction, so the audit trail records it or neither happens.
 */
@ApplicationScoped
@Transactional
public class Directory {

    /** Who changes the directory when no person does: the demo data at start-up. */
    public static final String SYSTEM = "system";

    @Inject
    Regions regions;

    @Inject
    Parties parties;

    @Inject
    PartySigners partySigners;

    @Inject
    UserAccounts accounts;

    @Inject
    Event<RegionRecorded> regionRecorded;

    @Inject
    Event<PartyRecorded> partyRecorded;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Region> regions() {
        return regions.all();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Region region(String code) {
        return regions.get(code);
    }

    public Region addRegion(String code, LocalizedText name) {
        return addRegion(code, name, SYSTEM);
    }

    public Region addRegion(String code, LocalizedText name, String actor) {
        Region region = regions.add(new Region(code, name));
        regionRecorded.fire(new RegionRecorded(AuditAction.REGION_ADDED, region, actor));
        return region;
    }

    public Region renameRegion(String code, LocalizedText name, long expectedVersion) {
        return renameRegion(code, name, expectedVersion, SYSTEM);
    }

    public Region renameRegion(String code, LocalizedText name, long expectedVersion, String actor) {
        Region region = regions.get(code);
        if (region.version() != expectedVersion) {
            throw new StaleVersionException("Region " + code, expectedVersion, region.version());
        }
        region.rename(name);
        regionRecorded.fire(new RegionRecorded(AuditAction.REGION_RENAMED, region, actor));
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
        return addParty(draft, SYSTEM);
    }

    public Party addParty(PartyDraft draft, String actor) {
        Party party = parties.add(new Party(detailsOf(draft)));
        partyRecorded.fire(new PartyRecorded(AuditAction.PARTY_ADDED, party, List.of(), actor));
        return party;
    }

    public Party reviseParty(long id, PartyDraft draft, long expectedVersion) {
        return reviseParty(id, draft, expectedVersion, SYSTEM);
    }

    public Party reviseParty(long id, PartyDraft draft, long expectedVersion, String actor) {
        Party party = parties.get(id);
        party.revise(detailsOf(draft), expectedVersion);
        partyRecorded.fire(new PartyRecorded(AuditAction.PARTY_REVISED, party, List.of(), actor));
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
        return nameSigners(partyId, usernames, SYSTEM);
    }

    /** {@link #nameSigners(long, List)} by {@code actor}. */
    public List<String> nameSigners(long partyId, List<String> usernames, String actor) {
        Party party = parties.get(partyId);
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
        partyRecorded.fire(new PartyRecorded(AuditAction.PARTY_SIGNERS_NAMED, party, named, actor));
        return List.copyOf(named);
    }

    private PartyDetails detailsOf(PartyDraft draft) {
        var region = regions.find(draft.regionCode());
        new Violations().check(region.isPresent(), "regionCode", Rule.UNKNOWN, "no region with code " + draft.regionCode()).throwIfAny();
        return new PartyDetails(draft.organization(), region.get(), draft.signatoryName(), draft.signatoryPosition());
    }
}
