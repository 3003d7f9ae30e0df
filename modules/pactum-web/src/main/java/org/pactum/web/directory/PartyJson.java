package org.pactum.web.directory;

import java.util.Map;

import org.pactum.domain.party.Party;
import org.pactum.web.json.LocalizedJson;

public record PartyJson(long id, Map<String, String> organization, RegionJson region, String country, Signatory signatory,
                        long version) {

    public record Signatory(Map<String, String> name, Map<String, String> position) {
    }

    public static PartyJson of(Party party) {
        return new PartyJson(party.id(), LocalizedJson.of(party.organization()), RegionJson.of(party.region()), party.country(),
                new Signatory(LocalizedJson.of(party.signatoryName()), LocalizedJson.of(party.signatoryPosition())),
                party.version());
    }
}
