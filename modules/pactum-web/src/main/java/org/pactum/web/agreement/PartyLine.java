package org.pactum.web.agreement;

import java.io.Serializable;

import org.pactum.domain.language.Language;
import org.pactum.domain.party.Party;
import org.pactum.web.faces.Shown;

/** A party of an agreement as the detail page lists it: who, where, and who signs for it. */
public record PartyLine(Shown organization, Shown region, Shown signatory, Shown position) implements Serializable {

    public static PartyLine of(Party party, Language language) {
        return new PartyLine(Shown.of(party.organization(), language), Shown.of(party.region().name(), language),
                Shown.of(party.signatoryName(), language), Shown.of(party.signatoryPosition(), language));
    }
}
