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

/** The directory agreements draw on: regions and the parties in them. */
@ApplicationScoped
@Transactional
public class Directory {

    @Inject
    Regions regions;

    @Inject
    Parties parties;

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

    private PartyDetails detailsOf(PartyDraft draft) {
        var region = regions.find(draft.regionCode());
        new Violations().check(region.isPresent(), "regionCode", Rule.UNKNOWN, "no region with code " + draft.regionCode()).throwIfAny();
        return new PartyDetails(draft.organization(), region.get(), draft.signatoryName(), draft.signatoryPosition());
    }
}
