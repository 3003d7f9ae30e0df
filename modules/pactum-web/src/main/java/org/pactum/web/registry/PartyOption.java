package org.pactum.web.registry;

import org.pactum.domain.language.Language;
import org.pactum.domain.party.Party;

/** A party to filter the registry by, named in the reader's language. */
public record PartyOption(long id, String name) {

    public static PartyOption of(Party party, Language language) {
        return new PartyOption(party.id(), party.organization().preferring(language));
    }
}
