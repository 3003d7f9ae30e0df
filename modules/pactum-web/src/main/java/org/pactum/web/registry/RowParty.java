package org.pactum.web.registry;

import java.io.Serializable;

import org.pactum.domain.language.Language;
import org.pactum.domain.party.Party;
import org.pactum.web.faces.Shown;

/**
 * A party in a registry line, in the reader's language ({@code lang} as {@link Shown} gives it); its id makes the name a
 * link to the registry of that party's agreements.
 */
public record RowParty(Long id, String text, String lang) implements Serializable {

    public static RowParty of(Party party, Language language) {
        Shown name = Shown.of(party.organization(), language);
        return new RowParty(party.id(), name.text(), name.lang());
    }
}
