package org.pactum.web.registry;

import org.pactum.domain.language.Language;
import org.pactum.domain.party.Party;

/** A party to choose for an agreement: its directory id, and its name and region in the reader's language. */
public record PartyOption(String id, String label) {

    public static PartyOption of(Party party, Language language) {
        String region = party.region() == null ? "" : " (" + party.region().name().preferring(language) + ")";
        return new PartyOption(String.valueOf(party.id()), party.organization().preferring(language) + region);
    }
}
